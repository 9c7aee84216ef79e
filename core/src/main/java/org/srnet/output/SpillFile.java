package org.srnet.output;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.srnet.UserError;

/**
 * Many byte streams, one per key (a track, or a whole video), kept in one temporary file so that a writer holds a
 * bounded amount of a video in memory however long the video is: what is written to a key's stream waits in memory
 * until all keys together hold {@link #DEFAULT_BUDGET} bytes, then every key's waiting bytes go to the end of the
 * file as one block each. A key's blocks are chained (each block starts with the offset of the next block of its
 * key, patched in when that block is written), so a key's stream reads back in order without an index in memory.
 *
 * <p>Memory: the waiting bytes (at most the budget plus one write) and a few numbers per key. The file is created
 * (replacing a stale one, e.g. from a killed run) in the output's own folder, next to the output it helps to make,
 * like the temporary files of atomic writes, and {@link #close} deletes it whether the output was made or not. Any
 * failure to write or read it is one {@link UserError} naming the file.
 */
final class SpillFile implements AutoCloseable {
    /** Bytes waiting in memory, over all keys, before they are written out. */
    static final int DEFAULT_BUDGET = 64 * 1024;

    /** Block header: offset of the key's next block (-1: none yet), then the payload length. */
    private static final int HEADER = Long.BYTES + Integer.BYTES;
    private static final long NONE = -1;

    private final Path file;
    private final FileChannel channel;
    private final int budget;
    private final Map<Integer, Chain> chains = new HashMap<>();
    private long end;
    private int waiting;
    private boolean closed;

    /** One key: its first and last block in the file and the bytes not written yet. */
    private final class Chain extends OutputStream {
        long first = NONE;
        long last = NONE;
        byte[] buf;
        int len;
        final DataOutputStream data = new DataOutputStream(this);

        @Override
        public void write(int b) {
            room(1);
            buf[len++] = (byte) b;
            added(1);
        }

        @Override
        public void write(byte[] b, int off, int n) {
            room(n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
            added(n);
        }

        private void room(int n) {
            if (closed) {
                throw new IllegalStateException(file + ": spill file already closed");
            }
            if (buf == null) {
                buf = new byte[Math.max(256, n)];
            } else if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(len + n, 2 * buf.length));
            }
        }

        private void added(int n) {
            waiting += n;
            if (waiting >= budget) {
                flushAll();
            }
        }
    }

    private SpillFile(Path file, FileChannel channel, int budget) {
        this.file = file;
        this.channel = channel;
        this.budget = budget;
    }

    /**
     * Creates (or empties) the spill file {@code file}, its folder when missing, with {@code budget} bytes waiting in
     * memory at most (plus one write).
     */
    static SpillFile create(Path file, int budget) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            return new SpillFile(file, ch, budget);
        } catch (IOException e) {
            throw failure(file, "cannot create", e);
        }
    }

    /** The stream of {@code key}, to append to. */
    private DataOutputStream out(int key) {
        return chains.computeIfAbsent(key, k -> new Chain()).data;
    }

    /** Bytes in the file so far (blocks written; bytes still waiting in memory are not counted). */
    long fileBytes() {
        return end;
    }

    /** Writes every key's waiting bytes to the file. */
    private void flushAll() {
        if (waiting == 0) {
            return;
        }
        int total = 0;
        for (Chain c : chains.values()) {
            total += c.len > 0 ? HEADER + c.len : 0;
        }
        ByteBuffer blocks = ByteBuffer.allocate(total);
        long start = end;
        try {
            for (Chain c : chains.values()) {
                if (c.len == 0) {
                    continue;
                }
                long at = start + blocks.position();
                blocks.putLong(NONE).putInt(c.len).put(c.buf, 0, c.len);
                if (c.last != NONE) {
                    writeFully(ByteBuffer.allocate(Long.BYTES).putLong(0, at), c.last);
                } else {
                    c.first = at;
                }
                c.last = at;
                c.len = 0;
                c.buf = null; // a finished track keeps no buffer
            }
            blocks.flip();
            writeFully(blocks, start);
        } catch (IOException e) {
            throw failure(file, "cannot write", e);
        }
        end = start + total;
        waiting = 0;
    }

    /** The stream of {@code key} from its start; what is still waiting is written first. */
    DataInputStream in(int key) {
        flushAll();
        Chain c = chains.get(key);
        return new DataInputStream(new ChainInput(c == null ? NONE : c.first));
    }

    /** Reads one block chain: header, payload, next block. */
    private final class ChainInput extends InputStream {
        private final ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
        private long next;
        private long pos;
        private int left;

        ChainInput(long first) {
            this.next = first;
            chunk.limit(0);
        }

        @Override
        public int read() {
            return fill() ? chunk.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int n) {
            if (n == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int k = Math.min(n, chunk.remaining());
            chunk.get(b, off, k);
            return k;
        }

        /**
         * Whether there is a byte to read, reading the next chunk (of this block or the next) when needed. A failure
         * to read the file is a {@link UserError} naming it, not an IOException: the bytes read usually go on to
         * another file, whose own failures are that file's.
         */
        private boolean fill() {
            try {
                while (!chunk.hasRemaining()) {
                    if (left == 0 && !nextBlock()) {
                        return false;
                    }
                    chunk.clear().limit(Math.min(chunk.capacity(), left));
                    readFully(chunk, pos);
                    chunk.flip();
                    pos += chunk.limit();
                    left -= chunk.limit();
                }
                return true;
            } catch (IOException e) {
                throw failure(file, "cannot read back", e);
            }
        }

        private boolean nextBlock() throws IOException {
            if (next == NONE) {
                return false;
            }
            ByteBuffer h = ByteBuffer.allocate(HEADER);
            readFully(h, next);
            pos = next + HEADER;
            next = h.getLong(0);
            left = h.getInt(Long.BYTES);
            return true;
        }
    }

    /** Runs {@code reader} over the stream of {@code key}; a read failure names the file. */
    <T> T read(int key, Reader<T> reader) {
        try (DataInputStream in = in(key)) {
            return reader.read(in);
        } catch (IOException e) {
            throw failure(file, "cannot read back", e);
        }
    }

    /** Something that reads a key's stream. */
    @FunctionalInterface
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Appends to {@code key} with {@code writer}; a write failure names the file. */
    void write(int key, Writer writer) {
        try {
            writer.write(out(key));
        } catch (IOException e) {
            throw failure(file, "cannot write", e);
        }
    }

    /** Something that appends to a key's stream. */
    @FunctionalInterface
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Writes a string of 8-bit characters (an RLE's compressed counts), its length first. */
    static void writeAscii(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeBytes(s);
    }

    /** Reads what {@link #writeAscii} wrote. */
    static String readAscii(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private void writeFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            at += channel.write(b, at);
        }
    }

    private void readFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            int n = channel.read(b, at);
            if (n < 0) {
                throw new EOFException("the file ends at " + at + " inside a block");
            }
            at += n;
        }
    }

    /** Closes and deletes the file; what was written is gone. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        chains.clear();
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw failure(file, "cannot delete", e);
        }
    }

    private static UserError failure(Path file, String what, IOException e) {
        return UserError.inFile(file, what + " the temporary spill file (" + e.getMessage() + ")", e);
    }
}
