package org.descentlab.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why writing failed. {@link java.io.PrintWriter} and {@link System#out} swallow
 * write errors; the commands ask {@link java.io.PrintWriter#checkError()} as they go, and this stream tells the
 * reason ("No space left on device", "Broken pipe") for the one line on standard error.
 */
public final class RecordingOutputStream extends FilterOutputStream {

    private volatile IOException failure;

    public RecordingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Why the first write failed, or {@code null} if none did. */
    public String failure() {
        IOException e = failure;
        if (e == null) {
            return null;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
