/// A diff for people: on the terminal (coloured when asked) or as Markdown for the meeting, grouped by chapter.
public enum DiffReport {
    /// The terminal report; `color` adds ANSI colours (green added, red removed, yellow changed).
    public static func text(_ diff: AgreementDiff, color: Bool = false) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var lines = ["\(diff.oldSource) → \(diff.newSource): \(headline(diff))"]
        for (chapter, changes) in groups(diff) {
            lines.append("")
            lines.append(paint(chapter ?? "Outside the chapters", "1"))
            for change in changes {
                let mark = change.kind.mark
                let code = mark == "+" ? "32" : mark == "-" ? "31" : "33"
                lines.append("  " + paint("\(mark) \(change.kind.label)", code) + "  " + change.summary)
                lines.append("      " + positions(change))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Markdown report.
    public static func markdown(_ diff: AgreementDiff) -> String {
        var lines = ["# Changes from \(diff.oldSource) to \(diff.newSource)", "", headline(diff) + "."]
        for (chapter, changes) in groups(diff) {
            lines += ["", "## \(chapter ?? "Outside the chapters")", ""]
            for change in changes {
                lines.append("- **\(change.kind.label)**: \(escaped(change.summary))")
                if change.kind.isAboutCommitment, let text = (change.new ?? change.old)?.text {
                    lines.append("  > \(escaped(text))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func headline(_ diff: AgreementDiff) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        let unchanged = diff.unchanged
        let counts =
            "\(counted(unchanged.articles, "article")), \(counted(unchanged.commitments, "commitment")) and "
            + "\(counted(unchanged.projects, "project")) unchanged"
        return diff.changes.isEmpty ? "no changes (\(counts))" : "\(counted(diff.changes.count, "change")) (\(counts))"
    }

    /// Changes by chapter label, in the order they come.
    private static func groups(_ diff: AgreementDiff) -> [(String?, [Change])] {
        var groups: [(String?, [Change])] = []
        for change in diff.changes {
            let label = change.kind == .signingChanged ? "Signing" : change.chapter
            if let last = groups.indices.last, groups[last].0 == label {
                groups[last].1.append(change)
            } else {
                groups.append((label, [change]))
            }
        }
        return groups
    }

    private static func positions(_ change: Change) -> String {
        let old = change.old.map { "old \($0.place) @\($0.span.start.line):\($0.span.start.column)" }
        let new = change.new.map { "new \($0.place) @\($0.span.start.line):\($0.span.start.column)" }
        return [old, new].compactMap { $0 }.joined(separator: ", ")
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension Change.Kind {
    /// "+" added, "-" removed, "~" changed.
    var mark: String {
        switch self {
        case .articleAdded, .commitmentAdded, .projectAdded: "+"
        case .articleRemoved, .commitmentRemoved, .projectRemoved: "-"
        default: "~"
        }
    }

    /// "deadline changed".
    var label: String {
        var words: [String] = []
        var word = ""
        for character in rawValue {
            if character.isUppercase {
                words.append(word)
                word = character.lowercased()
            } else {
                word.append(character)
            }
        }
        return (words + [word]).joined(separator: " ")
    }

    var isAboutCommitment: Bool {
        switch self {
        case .commitmentAdded, .commitmentRemoved, .commitmentTextChanged, .deadlineChanged, .amountChanged,
            .percentageChanged, .frequencyChanged, .countChanged, .actorsChanged, .modalityChanged:
            true
        default: false
        }
    }
}
