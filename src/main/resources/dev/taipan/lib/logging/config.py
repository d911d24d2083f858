"""Configuring logging from a dictionary: dictConfig().

Taipan provides dictConfig (schema version 1: formatters, filters, handlers, loggers, root,
incremental, disable_existing_loggers, '()' factories, '.' attributes, ext:// and cfg://
values). fileConfig and listen are not provided.
"""

import logging
import re
import sys

_VALUE_REFERENCE = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
_WORD = re.compile(r'^\s*(\w+)\s*')
_DOT_STEP = re.compile(r'^\.\s*(\w+)\s*')
_INDEX_STEP = re.compile(r'^\[\s*(\w+)\s*\]\s*')
_DIGITS = re.compile(r'^\d+$')


def _resolve(dotted):
    """Import the object a dotted name names, importing modules along the way."""
    parts = dotted.split('.')
    used = parts.pop(0)
    try:
        found = __import__(used)
        for part in parts:
            used += '.' + part
            try:
                found = getattr(found, part)
            except AttributeError:
                __import__(used)
                found = getattr(found, part)
        return found
    except ImportError as e:
        v = ValueError('Cannot resolve %r: %s' % (dotted, e))
        raise v from e


class DictConfigurator(object):
    """Applies one configuration dictionary to the logging package."""

    def __init__(self, config):
        self.config = config

    # -- values ------------------------------------------------------------

    def resolve(self, s):
        return _resolve(s)

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Look a value up in the configuration: "handlers.console" or "a[0].b"."""
        rest = value
        m = _WORD.match(rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        found = self.config[m.group(1)]
        while rest:
            m = _DOT_STEP.match(rest)
            if m:
                found = found[m.group(1)]
            else:
                m = _INDEX_STEP.match(rest)
                if m is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = m.group(1)
                if _DIGITS.match(key):
                    try:
                        found = found[int(key)]
                    except TypeError:
                        found = found[key]
                else:
                    found = found[key]
            rest = rest[m.end():]
        return self.convert(found)

    def convert(self, value):
        """Turn "ext://..." and "cfg://..." strings into what they name."""
        if isinstance(value, str):
            m = _VALUE_REFERENCE.match(value)
            if m:
                prefix = m.group('prefix')
                if prefix == 'ext':
                    return self.ext_convert(m.group('suffix'))
                if prefix == 'cfg':
                    return self.cfg_convert(m.group('suffix'))
        return value

    def _converted(self, config):
        # A copy whose top-level "ext://" and "cfg://" strings are resolved; "()" and "."
        # keep their raw values (the factory's own name and the attribute dictionary).
        return {k: v if k in ('()', '.') else self.convert(v) for k, v in config.items()}

    def configure_custom(self, config):
        """Make an object by calling config['()'] with the other items, then set '.' ones."""
        config = dict(config)
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if k.isidentifier()}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    # -- the parts ---------------------------------------------------------

    def configure_formatter(self, config):
        if '()' in config:
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory written for the old "format" keyword: pass it as "fmt".
                config = dict(config)
                config['fmt'] = config.pop('format')
                return self.configure_custom(config)
        config = self._converted(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        klass = logging.Formatter if not cname else self.resolve(cname)
        if 'validate' in config:
            return klass(fmt, datefmt, style, config['validate'], defaults=defaults) \
                if defaults else klass(fmt, datefmt, style, config['validate'])
        if defaults:
            return klass(fmt, datefmt, style, defaults=defaults)
        return klass(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(self.convert(config.get('name', '')))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filterer.addFilter(f)
                else:
                    filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = self._converted(config)
        formatter = config.pop('formatter', None)
        if formatter is not None:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop('class')
            factory = cname if callable(cname) else self.resolve(cname)
            if 'target' in config and isinstance(factory, type) and \
                    issubclass(factory, logging.Handler) and hasattr(factory, 'setTarget'):
                try:
                    config['target'] = self.config['handlers'][config['target']]
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if k.isidentifier()}
        result = factory(**kwargs)
        if formatter is not None:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        config = self._converted(config)
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = self.convert(config.get('propagate', None))
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)

    # -- the whole ---------------------------------------------------------

    def configure(self):
        """Apply the configuration; a failing part raises ValueError naming it."""
        # Work on copies: the caller's dictionaries stay as they were.
        config = self.config = dict(self.config)
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incrementally(config)
            else:
                self._configure_fully(config)

    def _configure_incrementally(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            level = self.convert(handlers[name].get('level', None))
            if level:
                logging._handlers[name].setLevel(logging._checkLevel(level))
        for name, logger_config in config.get('loggers', {}).items():
            try:
                self.configure_logger(name, logger_config, True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_fully(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]

        formatters = config['formatters'] = dict(config.get('formatters', {}))
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config['filters'] = dict(config.get('filters', {}))
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e

        # Handlers that refer to other handlers (MemoryHandler's target) go after them.
        handlers = config['handlers'] = dict(config.get('handlers', {}))
        names = sorted(handlers)
        ordered = [n for n in names if 'target' not in handlers[n]]
        ordered += [n for n in names if 'target' in handlers[n]]
        for name in ordered:
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

        root = logging.root
        existing = sorted(root.manager.loggerDict)
        children_of_configured = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefix = name + "."
                while i < len(existing) and existing[i].startswith(prefix):
                    children_of_configured.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in children_of_configured:
                if not isinstance(logger, logging.PlaceHolder):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            elif not isinstance(logger, logging.PlaceHolder):
                logger.disabled = disable_existing
        root_config = config.get('root', None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the logging.config documentation)."""
    dictConfigClass(config).configure()
