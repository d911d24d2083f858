import html, html.entities
print(html.escape('<a href="x">&\'</a>'), html.escape('<"\'>', quote=False), html.escape(''))
for s in ['&amp;&lt;&gt;&quot;&#39;&#x27;', '&copy 2024 &copy; &COPY;', '&notit; &notin; &not', '&#0; &#13; &#128; &#x80; &#150;',
  '&#xD800; &#x110000; &#1; &#xFFFF; &#65 &#x41 &#x1F600;', '&unknown; &amp', '&;', '& and &&', 'no refs', '&ampx &ltfoo &Aacutex',
  '&#99999999999999999999;', '&NotNestedGreaterGreater; &nGt;', '&' + 'a' * 40 + ';']:
    print(repr(html.unescape(s)))
print(len(html.entities.html5), len(html.entities.name2codepoint), len(html.entities.codepoint2name), len(html.entities.entitydefs))
print(html.entities.name2codepoint['eacute'], html.entities.codepoint2name[233], repr(html.entities.entitydefs['nbsp']), repr(html.entities.html5['amp;']), repr(html.entities.html5['nGt;']))
print(html.entities.__all__, html.__all__)
print(sorted(html.entities.html5)[:5], sorted(html.entities.name2codepoint)[-3:])
