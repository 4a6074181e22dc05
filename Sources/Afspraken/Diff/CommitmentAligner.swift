/// Pairs commitments across the years: first within each pair of matched articles, then what is left across the
/// whole document (an article split, or a sentence moved). Project list items are left to the project comparison.
struct CommitmentAligner {
    let old: Document
    let new: Document
    let oldSide: ArticleIndex
    let newSide: ArticleIndex
    let articlePairs: [(old: Int, new: Int)]

    struct Result {
        var pairs: [(old: Int, new: Int)]
        var removed: [Int]
        var added: [Int]
    }

    func align() -> Result {
        let oldWords = old.commitments.map { WordSet($0.text) }
        let newWords = new.commitments.map { WordSet($0.text) }
        let oldByArticle = group(old, oldSide)
        let newByArticle = group(new, newSide)
        var oldTaken = Array(repeating: false, count: old.commitments.count)
        var newTaken = Array(repeating: false, count: new.commitments.count)
        var pairs: [(old: Int, new: Int)] = []

        func pair(_ oldCandidates: [Int], _ newCandidates: [Int], threshold: Double) {
            let matched = GreedyMatcher.match(old: oldCandidates.count, new: newCandidates.count, threshold: threshold)
            { o, n in
                let oldCommitment = old.commitments[oldCandidates[o]]
                let newCommitment = new.commitments[newCandidates[n]]
                if oldCommitment.wId == newCommitment.wId { return 1 }
                return oldWords[oldCandidates[o]].similarity(to: newWords[newCandidates[n]])
            }
            for match in matched {
                oldTaken[oldCandidates[match.old]] = true
                newTaken[newCandidates[match.new]] = true
                pairs.append((oldCandidates[match.old], newCandidates[match.new]))
            }
        }

        for articlePair in articlePairs {
            pair(oldByArticle[articlePair.old] ?? [], newByArticle[articlePair.new] ?? [], threshold: 0.5)
        }
        let oldLeft = old.commitments.indices.filter { !oldTaken[$0] && !isProjectItem(old.commitments[$0], old) }
        let newLeft = new.commitments.indices.filter { !newTaken[$0] && !isProjectItem(new.commitments[$0], new) }
        pair(oldLeft, newLeft, threshold: 0.6)
        return Result(
            pairs: pairs.sorted { $0.new < $1.new },
            removed: oldLeft.filter { !oldTaken[$0] },
            added: newLeft.filter { !newTaken[$0] })
    }

    /// Commitment indices by the article they stand in; project items are left out.
    private func group(_ document: Document, _ index: ArticleIndex) -> [Int: [Int]] {
        var groups: [Int: [Int]] = [:]
        for (commitmentIndex, commitment) in document.commitments.enumerated()
        where !isProjectItem(commitment, document) {
            if let article = index.articleIndex(of: commitment.location) {
                groups[article, default: []].append(commitmentIndex)
            }
        }
        return groups
    }

    /// A "Start bouw" or sales item: the project comparison reports it. Not a sentence that made a project ("Noord
    /// start in Q2 2027 met de bouw van 18 woningen"): its deadline, actors and firmness are the commitment's.
    private func isProjectItem(_ commitment: Commitment, _ document: Document) -> Bool {
        if let cue = commitment.cue, ProjectReader.sentenceKinds[cue] != nil { return false }
        return document.projects.contains {
            $0.span.start.offset <= commitment.span.start.offset && commitment.span.end.offset <= $0.span.end.offset
        }
    }
}
