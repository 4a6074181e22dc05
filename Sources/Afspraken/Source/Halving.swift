extension Array {
    /// The index of the last element whose `start` is at or before `offset`, in an array sorted by `start` whose
    /// first element is. Halving without branches: each step is a conditional move, where a branch would be
    /// mispredicted half the time.
    @inline(__always) func lastIndex(startingAtOrBefore offset: Int, start: (Element) -> Int) -> Int {
        var base = 0
        var count = self.count
        while count > 1 {
            let half = count / 2
            base = start(self[base + half]) <= offset ? base + half : base
            count -= half
        }
        return base
    }
}
