#if canImport(Glibc)
    import CHeap
#endif

/// For a process that parses one document after another (a batch, the benchmark).
public enum HeapReuse {
    /// Keeps freed heap memory for the next document instead of giving it back to the system. A parse frees what
    /// it allocated (about 1 MB for 20 KB of text); glibc otherwise returns the top of the heap after nearly every
    /// parse and the next one takes it back page by page, about 20 µs each time. Without glibc this does nothing.
    public static func keepFreedMemory() {
        #if canImport(Glibc)
            // Setting one threshold ends glibc's own adjusting of both: blocks up to 32 MB then stay on the heap.
            _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
            _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        #endif
    }
}
