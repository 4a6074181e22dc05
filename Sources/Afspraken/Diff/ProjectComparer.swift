/// Projects and planned sales matched by association and name; homes compared in all, by tenure and by type.
struct ProjectComparer {
    let old: Document
    let new: Document

    func changes() -> (changes: [Change], unchanged: Int) {
        let oldWords = old.projects.map { WordSet($0.text) }
        let newWords = new.projects.map { WordSet($0.text) }
        let pairs = GreedyMatcher.match(old: old.projects.count, new: new.projects.count, threshold: 0.5) { o, n in
            let before = old.projects[o]
            let after = new.projects[n]
            guard before.association == after.association, before.kind == after.kind else { return 0 }
            if key(before) == key(after) { return 1 }
            return oldWords[o].similarity(to: newWords[n])
        }
        var changes: [Change] = []
        var unchanged = 0
        for pair in pairs {
            let before = old.projects[pair.old]
            let after = new.projects[pair.new]
            let homes = homesChanges(before, after)
            guard !homes.isEmpty else {
                unchanged += 1
                continue
            }
            var change = Change(
                kind: .projectHomesChanged, chapter: nil, old: side(before), new: side(after),
                summary: "\(after.association) \(after.name ?? after.kind.rawValue): "
                    + homes.map { "\($0.key) \($0.old) → \($0.new)" }.joined(separator: ", "))
            change.homes = homes
            changes.append(change)
        }
        let matchedOld = Set(pairs.map(\.old))
        let matchedNew = Set(pairs.map(\.new))
        for (index, project) in old.projects.enumerated() where !matchedOld.contains(index) {
            var change = Change(
                kind: .projectRemoved, chapter: nil, old: side(project), new: nil,
                summary: "\(project.association) \(project.name ?? project.kind.rawValue) removed "
                    + "(\(project.totalHomes) homes)")
            change.direction = .removed
            changes.append(change)
        }
        for (index, project) in new.projects.enumerated() where !matchedNew.contains(index) {
            var change = Change(
                kind: .projectAdded, chapter: nil, old: nil, new: side(project),
                summary: "\(project.association) \(project.name ?? project.kind.rawValue) added "
                    + "(\(project.totalHomes) homes)")
            change.direction = .added
            changes.append(change)
        }
        return (changes, unchanged)
    }

    private func key(_ project: Project) -> String {
        project.association + "\u{1}" + project.kind.rawValue + "\u{1}" + (project.name ?? "").lowercased()
    }

    private func side(_ project: Project) -> Side {
        Side(
            place: project.association + (project.name.map { ": \($0)" } ?? ""), text: project.text, span: project.span)
    }

    private func homesChanges(_ before: Project, _ after: Project) -> [HomesChange] {
        var changes: [HomesChange] = []
        if before.totalHomes != after.totalHomes {
            changes.append(HomesChange(key: "total", old: before.totalHomes, new: after.totalHomes))
        }
        for breakdown in [(before.tenure, after.tenure), (before.types, after.types)] {
            for key in Set(breakdown.0.keys).union(breakdown.1.keys).sorted()
            where breakdown.0[key] != breakdown.1[key] {
                changes.append(HomesChange(key: key, old: breakdown.0[key] ?? 0, new: breakdown.1[key] ?? 0))
            }
        }
        return changes
    }
}
