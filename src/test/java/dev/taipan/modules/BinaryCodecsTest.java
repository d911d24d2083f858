package dev.taipan.modules;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written codecs of {@code struct}, {@code binascii} and {@code zlib} against the JDK's own. */
class BinaryCodecsTest {
    @Test
    void halfPrecisionRoundsAsTheJdkDoesForFloats() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            // Floats in and around the half range: a double made from a float is rounded once only.
            float f = Float.intBitsToFloat(random.nextInt(0x3000_0000, 0x4780_0000)) * (random.nextBoolean() ? 1 : -1);
            short expected = Float.floatToFloat16(f);
            if (Float.isInfinite(Float.float16ToFloat(expected))) {
                continue;
            }
            assertEquals(expected & 0xffff, (int) StructCodec.halfBits(f), () -> "for " + f);
        }
    }

    @Test
    void seededCrc32ContinuesTheChecksum() {
        byte[] data = "the quick brown fox jumps over the lazy dog".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        CRC32 whole = new CRC32();
        whole.update(data);
        long first = BinasciiModule.crc32(java.util.Arrays.copyOf(data, 10), 0);
        assertEquals(whole.getValue(), BinasciiModule.crc32(java.util.Arrays.copyOfRange(data, 10, data.length), first));
    }

    @Test
    void base64RoundTrips() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 64; n++) {
            byte[] data = new byte[n];
            for (int i = 0; i < n; i++) {
                data[i] = (byte) random.nextInt(256);
            }
            byte[] encoded = BinasciiModule.encodeBase64(data, false);
            assertArrayEquals(java.util.Base64.getEncoder().encode(data), encoded);
            assertArrayEquals(data, BinasciiModule.decodeBase64(encoded, true));
        }
    }

    @Test
    void gzipStreamsDecodeInAnyPieces() {
        byte[] data = "gzip data, gzip data, gzip data".repeat(50).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] packed = new ZlibDeflate(6, 31, 0, null).compressAll(data);
        for (int piece : new int[] {1, 3, 10, 1000}) {
            ZlibInflate inflate = new ZlibInflate(31, null);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < packed.length; i += piece) {
                out.writeBytes(inflate.decompress(java.util.Arrays.copyOfRange(packed, i, Math.min(packed.length, i + piece)), 0));
            }
            assertArrayEquals(data, out.toByteArray());
            assertEquals(true, inflate.eof);
        }
    }
}
