package org.spacecoop.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * The second half of a large array, read on a thread of its own (see {@link FastDatasetReader#array}): from {@link #start},
 * the first '{' that begins a line past the middle, up to the array's ']', which ends at {@link #end}.
 */
final class SecondHalf<T> {

    /** Arrays smaller than this are read on one thread. */
    static final long SPLIT_BYTES = 8 << 20;

    /** Reads the elements of an array on a given reader (the first thread's, or a second half's). */
    interface Element<T> {
        /** Reads one element; hands it to {@code sink}, or holds it to hand over in a batch. */
        void read(FastDatasetReader reader, Consumer<T> sink) throws IOException;

        /** Hands over the elements held (after the array's last, or before another thread's). */
        default void flush(FastDatasetReader reader, Consumer<T> sink) {
        }
    }

    long start = -1, end;
    final List<T> items = new ArrayList<>();
    private final FastDatasetReader reader;
    private final FileChannel channel;
    private final long arrayStart;
    private final boolean findEnd;
    private final Element<T> element;
    private final Thread thread;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean cancelled;
    private boolean ok;

    private SecondHalf(FastDatasetReader first, FileChannel channel, long arrayStart, boolean findEnd,
                       Element<T> element) throws IOException {
        this.reader = first.twin(new JsonBytes(channel));
        this.channel = channel;
        this.arrayStart = arrayStart;
        this.findEnd = findEnd;
        this.element = element;
        this.thread = new Thread(this::read, "dataset-second-half-reader");
        thread.setDaemon(true);
    }

    /**
     * Starts reading the second half of the array whose '[' is at {@code arrayStart}; null when what follows
     * it in the file is smaller than {@link #SPLIT_BYTES}.
     */
    static <T> SecondHalf<T> start(FastDatasetReader first, long arrayStart, boolean findEnd, Element<T> element)
            throws IOException {
        if (Files.size(first.file()) - arrayStart < SPLIT_BYTES) return null;
        FileChannel channel = FileChannel.open(first.file(), StandardOpenOption.READ);
        try {
            SecondHalf<T> half = new SecondHalf<>(first, channel, arrayStart, findEnd, element);
            half.thread.start();
            return half;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void read() {
        try (channel) {
            long arrayEnd = channel.size();
            if (findEnd) {
                reader.in.seek(arrayStart);
                arrayEnd = reader.in.skipContainer();
            }
            if (arrayEnd - arrayStart < SPLIT_BYTES) return;
            // after skimming the whole array this thread takes the smaller part: skimming costs about a fifth
            // of parsing, so 40% of the parsing balances the two threads. Of an array it need not skim it takes
            // the larger part: the first thread also hands its elements over, and loses more of its core to the
            // checker thread; at 50% it finished 0.2-0.45 s after this one on the million relations, at 45% up to 0.4 s before
            reader.in.seek(arrayStart + (long) ((arrayEnd - arrayStart) * (findEnd ? 0.6 : 0.475)));
            start = reader.in.lineStart();
            started.countDown();
            if (start < 0) return;
            Consumer<T> add = items::add;
            do {
                if (cancelled) return;
                element.read(reader, add);
            } while (reader.in.more(']'));
            element.flush(reader, add);
            end = reader.in.offset();
            ok = true;
        } catch (IOException | RuntimeException e) {
            ok = false; // a guess that was wrong, or a problem: the first thread will meet it too
        } finally {
            started.countDown();
        }
    }

    /** Where the second half starts: Long.MAX_VALUE until the thread knows (or when it gave up). */
    long start() {
        if (started.getCount() > 0) return Long.MAX_VALUE;
        return start < 0 ? Long.MAX_VALUE : start;
    }

    /** Waits for the thread; true when it read up to the array's end without a problem. */
    boolean finished() {
        join();
        return ok;
    }

    void cancel() {
        cancelled = true;
        join();
        items.clear();
    }

    private void join() {
        Threads.joinFully(thread); // no thread is left behind; the caller sees an interrupt
    }
}
