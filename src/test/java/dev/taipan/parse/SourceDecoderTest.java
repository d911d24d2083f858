package dev.taipan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Source decoding: UTF-8 default, BOM, PEP 263 coding comments, errors. */
class SourceDecoderTest {
    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8ByDefault() {
        assertEquals("x = 'é'\n", SourceDecoder.decode("x = 'é'\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertEquals("x = 1\n", SourceDecoder.decode(bytes("\u00ef\u00bb\u00bfx = 1\n")));
        assertEquals("# coding: utf-8\n", SourceDecoder.decode(bytes("\u00ef\u00bb\u00bf# coding: utf-8\n")));
    }

    @Test
    void codingCookieOnLineOneOrTwo() {
        assertEquals("# -*- coding: latin-1 -*-\nx = 'é'\n",
                SourceDecoder.decode(bytes("# -*- coding: latin-1 -*-\nx = '\u00e9'\n")));
        assertEquals("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '€'\n",
                SourceDecoder.decode(bytes("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = '\u00a4'\n")));
        assertEquals("# coding=cp1252\nx = '€'\n", SourceDecoder.decode(bytes("# coding=cp1252\nx = '\u0080'\n")));
        assertEquals("# coding: ascii\n", SourceDecoder.decode(bytes("# coding: ascii\n")));
    }

    @Test
    void cookieAfterCodeIsIgnored() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> SourceDecoder.decode(bytes("x = 1\n# coding: latin-1\ny = '\u00e9'\n"), "f.py"));
        assertEquals("Non-UTF-8 code starting with '\\xe9' in file f.py on line 3, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.msg());
        assertEquals(3, e.lineno());
    }

    @Test
    void unknownEncoding() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> SourceDecoder.decode(bytes("# coding: foo\nx = 1\n")));
        assertEquals("encoding problem: foo", e.msg());
    }

    @Test
    void bomWithOtherCookie() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> SourceDecoder.decode(bytes("\u00ef\u00bb\u00bf# coding: latin-1\nx = 1\n")));
        assertEquals("encoding problem: iso-8859-1 with BOM", e.msg());
    }

    @Test
    void normalNames() {
        assertEquals("utf-8", SourceDecoder.normalName("UTF_8"));
        assertEquals("utf-8", SourceDecoder.normalName("utf-8-sig"));
        assertEquals("iso-8859-1", SourceDecoder.normalName("Latin-1"));
        assertEquals("euc-jp", SourceDecoder.normalName("euc-jp"));
        assertEquals(StandardCharsets.ISO_8859_1, SourceDecoder.charsetFor("latin1"));
        assertEquals("EUC-JP", SourceDecoder.charsetFor("euc_jp").name());
    }
}
