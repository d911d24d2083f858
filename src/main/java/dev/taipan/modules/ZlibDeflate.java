package dev.taipan.modules;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One compression stream in zlib, raw deflate or gzip format. {@link Deflater} writes the first
 * two; for gzip this class writes the header and the CRC-32 and length trailer around raw deflate
 * output, with the same header bytes zlib writes.
 */
// CPython: Modules/zlibmodule.c, zlib_Compress_compress_impl and zlib_Compress_flush_impl; RFC 1952
final class ZlibDeflate {
    private static final int CHUNK = 16384;
    private static final int OS_UNIX = 3;

    private final Deflater deflater;
    private final boolean gzip;
    private final int level;
    private final int strategy;
    private final CRC32 crc = new CRC32();
    private long inputSize;
    private boolean headerWritten;
    private boolean finished;

    ZlibDeflate(int level, int wbits, int strategy, byte[] zdict) {
        if (level < -1 || level > 9) {
            throw ZlibModule.error("Bad compression level");
        }
        boolean raw = wbits >= -15 && wbits <= -9;
        this.gzip = wbits >= 25 && wbits <= 31;
        if (!raw && !gzip && (wbits < 9 || wbits > 15)) {
            throw ZlibModule.error("Bad compression level");
        }
        this.level = level;
        this.strategy = strategy;
        this.deflater = new Deflater(level, raw || gzip);
        switch (strategy) {
            case 1 -> deflater.setStrategy(Deflater.FILTERED);
            case 2 -> deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            default -> deflater.setStrategy(Deflater.DEFAULT_STRATEGY);
        }
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
    }

    private void writeHeader(ByteArrayOutputStream out) {
        if (gzip && !headerWritten) {
            int effective = level == -1 ? 6 : level;
            int extraFlags = effective == 9 ? 2 : (strategy >= 2 || effective < 2 ? 4 : 0);
            out.write(0x1f);
            out.write(0x8b);
            out.write(8);
            out.writeBytes(new byte[5]);
            out.write(extraFlags);
            out.write(OS_UNIX);
        }
        headerWritten = true;
    }

    /** Compresses more input; returns what the compressor has ready to emit. */
    byte[] compress(byte[] data) {
        if (finished) {
            throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeHeader(out);
        crc.update(data);
        inputSize += data.length;
        deflater.setInput(data);
        byte[] buf = new byte[CHUNK];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Flushes as zlib's flush modes do: {@code Z_NO_FLUSH} (0) returns nothing, {@code Z_FINISH}
     * (4) ends the stream, the others emit all pending output.
     */
    byte[] flush(int mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (mode == 0 || finished) {
            return out.toByteArray();
        }
        writeHeader(out);
        byte[] buf = new byte[CHUNK];
        if (mode == 4) {
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            if (gzip) {
                long sum = crc.getValue();
                long size = inputSize & 0xffffffffL;
                for (int i = 0; i < 4; i++) {
                    out.write((int) (sum >>> (8 * i)));
                }
                for (int i = 0; i < 4; i++) {
                    out.write((int) (size >>> (8 * i)));
                }
            }
            finished = true;
            deflater.end();
            return out.toByteArray();
        }
        int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
        } while (n == buf.length);
        return out.toByteArray();
    }

    /** Compresses a whole input at once. */
    byte[] compressAll(byte[] data) {
        byte[] head = compress(data);
        return ZlibInflate.concat(head, flush(4));
    }
}
