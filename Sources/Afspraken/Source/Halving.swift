extension RandomAccessCollection where Index == Int {
    /// The index of the last element whose `start` is at or before `offset`, in a collection sorted by `start`
    /// whose first element is. Halving without branches: each step is a conditional move, where a branch would be
    /// mispredicted half the time.
    @inline(__always) func lastIndex(startingAtOrBefore offset: Int, start: (Element) -> Int) -> Int {
        var base = startIndex
        var count = self.count
        while count > 1 {
            let half = count / 2
            base = start(self[base + half]) <= offset ? base + half : base
            count -= half
        }
        return base
    }

    /// The index of the first element whose `start` is at or after `offset` (`endIndex` when none is), in a
    /// collection sorted by `start`.
    func firstIndex(startingAtOrAfter offset: Int, start: (Element) -> Int) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if start(self[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The indices of the elements whose `start` lies in `range`, in a collection sorted by `start`: one run.
    func indices(startingIn range: Range<Int>, start: (Element) -> Int) -> Range<Int> {
        let first = firstIndex(startingAtOrAfter: range.lowerBound, start: start)
        return first..<firstIndex(startingAtOrAfter: range.upperBound, start: start)
    }
}
