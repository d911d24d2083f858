package dev.taipan.modules;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyException;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One decompression stream in any of zlib's container formats: zlib (header and Adler-32), raw
 * deflate, gzip (header, CRC-32 and length checked here, since {@link Inflater} reads only the
 * other two), or automatic detection of zlib or gzip. Input may arrive in pieces of any size.
 */
// CPython: Modules/zlibmodule.c, zlib_Decompress_decompress_impl; RFC 1950, 1951 and 1952
final class ZlibInflate {
    /** The container formats, chosen by {@code wbits}. */
    enum Format { ZLIB, RAW, GZIP, AUTO }

    private enum State { HEADER, BODY, TRAILER, DONE }

    private static final int CHUNK = 16384;

    private Format format;
    private final byte[] zdict;
    private Inflater inflater;
    private State state;
    private final CRC32 crc = new CRC32();
    private long outputSize;
    private byte[] header = new byte[0];
    private byte[] trailer = new byte[0];
    /** Bytes after the end of the compressed stream. */
    byte[] unusedData = new byte[0];
    /** Input not yet consumed because the output limit was reached. */
    byte[] unconsumedTail = new byte[0];
    boolean eof;

    ZlibInflate(int wbits, byte[] zdict) {
        this.format = formatOf(wbits);
        this.zdict = zdict;
        this.state = format == Format.GZIP || format == Format.AUTO ? State.HEADER : State.BODY;
        if (state == State.BODY) {
            inflater = new Inflater(format == Format.RAW);
            if (format == Format.RAW && zdict != null) {
                inflater.setDictionary(zdict);
            }
        }
    }

    /** The format for a {@code wbits} value, or a zlib.error as CPython's inflateInit2 gives. */
    static Format formatOf(int wbits) {
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) {
            return Format.ZLIB;
        } else if (wbits >= -15 && wbits <= -8) {
            return Format.RAW;
        } else if (wbits >= 24 && wbits <= 31) {
            return Format.GZIP;
        } else if (wbits >= 40 && wbits <= 47) {
            return Format.AUTO;
        }
        throw ZlibModule.error("Error -2 while preparing to decompress data: inconsistent stream state");
    }

    private static PyException dataError(String message) {
        return ZlibModule.error("Error -3 while decompressing data: " + message);
    }

    /**
     * Decompresses the next piece of input.
     *
     * @param data the input
     * @param maxLength the most bytes to return, or 0 for no limit
     * @return the bytes decompressed
     */
    byte[] decompress(byte[] data, int maxLength) {
        try {
            return decompressPiece(data, maxLength);
        } catch (OutOfMemoryError e) {
            // The output outgrew the heap (a decompression bomb): only this call fails.
            throw Errors.memoryError();
        }
    }

    private byte[] decompressPiece(byte[] data, int maxLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        unconsumedTail = new byte[0];
        byte[] input = data;
        if (state == State.HEADER) {
            header = concat(header, input);
            int end = parseHeader();
            if (end < 0) {
                return out.toByteArray();
            }
            input = Arrays.copyOfRange(header, end, header.length);
            header = new byte[0];
        }
        if (state == State.BODY) {
            input = inflate(input, maxLength, out);
        }
        if (state == State.TRAILER) {
            trailer = concat(trailer, input);
            input = new byte[0];
            if (trailer.length >= 8) {
                checkTrailer();
                unusedData = concat(unusedData, Arrays.copyOfRange(trailer, 8, trailer.length));
                state = State.DONE;
                eof = true;
            }
        } else if (state == State.DONE && input.length > 0) {
            unusedData = concat(unusedData, input);
        }
        return out.toByteArray();
    }

    /** Inflates from {@code input}; returns what follows the end of the deflate stream. */
    private byte[] inflate(byte[] input, int maxLength, ByteArrayOutputStream out) {
        inflater.setInput(input);
        byte[] buf = new byte[CHUNK];
        try {
            while (!inflater.finished()) {
                int room = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                if (room <= 0) {
                    break;
                }
                int n = inflater.inflate(buf, 0, room);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        if (zdict == null) {
                            throw ZlibModule.error("Error 2 while decompressing data");
                        }
                        inflater.setDictionary(zdict);
                        continue;
                    }
                    if (inflater.needsInput()) {
                        break;
                    }
                }
                out.write(buf, 0, n);
                if (format == Format.GZIP) {
                    crc.update(buf, 0, n);
                    outputSize += n;
                }
            }
        } catch (DataFormatException e) {
            throw dataError(String.valueOf(e.getMessage()));
        }
        int remaining = inflater.getRemaining();
        byte[] rest = Arrays.copyOfRange(input, input.length - remaining, input.length);
        if (inflater.finished()) {
            inflater.end();
            if (format == Format.GZIP) {
                state = State.TRAILER;
                return rest;
            }
            state = State.DONE;
            eof = true;
            return rest;
        }
        unconsumedTail = rest;
        return new byte[0];
    }

    /** Parses a gzip header (or decides zlib for AUTO); returns its length, or -1 if incomplete. */
    private int parseHeader() {
        byte[] h = header;
        if (format == Format.AUTO) {
            if (h.length < 2 && (h.length == 0 || (h[0] & 0xff) == 0x1f)) {
                return -1;
            }
            if ((h[0] & 0xff) != 0x1f || (h[1] & 0xff) != 0x8b) {
                format = Format.ZLIB;
                inflater = new Inflater(false);
                state = State.BODY;
                return 0;
            }
            format = Format.GZIP;
        }
        if (h.length >= 1 && (h[0] & 0xff) != 0x1f || h.length >= 2 && (h[1] & 0xff) != 0x8b) {
            throw dataError("incorrect header check");
        }
        if (h.length >= 3 && h[2] != 8) {
            throw dataError("unknown compression method");
        }
        if (h.length < 10) {
            return -1;
        }
        int flags = h[3] & 0xff;
        int pos = 10;
        if ((flags & 4) != 0) {
            if (h.length < pos + 2) {
                return -1;
            }
            pos += 2 + ((h[pos] & 0xff) | (h[pos + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (pos < h.length && h[pos] != 0) {
                    pos++;
                }
                if (pos >= h.length) {
                    return -1;
                }
                pos++;
            }
        }
        if ((flags & 2) != 0) {
            pos += 2;
        }
        if (pos > h.length) {
            return -1;
        }
        inflater = new Inflater(true);
        state = State.BODY;
        return pos;
    }

    private void checkTrailer() {
        long sum = StructCodec.getLong(trailer, 0, 4, true);
        long size = StructCodec.getLong(trailer, 4, 4, true);
        if (sum != crc.getValue()) {
            throw dataError("incorrect data check");
        }
        if (size != (outputSize & 0xffffffffL)) {
            throw dataError("incorrect length check");
        }
    }

    /** Releases the native inflater. */
    void end() {
        if (inflater != null) {
            inflater.end();
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
