import Dialog
import Foundation

/// What `bench broadcast --kill` collected: the double's tally, the database's view of the
/// broadcast, when the kills came and how the last process ended.
struct BenchBroadcastOutcome {
  var tally: BenchBroadcastServer.Tally
  var progress: BroadcastProgress
  /// Outbox rows to customers marked sent.
  var sentRows: Int
  /// Customers notified when each kill came.
  var killedAt: [Int]
  var exitStatus: Int32
  var wall: Duration
}

/// The figures of a broadcast with kills, and whether they meet the targets.
struct BenchBroadcastFigures {
  /// The sender delivers to at most this many chats at once: a kill can catch that many
  /// notices accepted by Telegram and not yet recorded as sent.
  static let inFlight = SenderConfiguration().maxInFlight

  var recipients = 0, blockedRecipients = 0, notified = 0, lost = 0
  var duplicates = 0
  /// Duplicates by the kill that caused them (the first copy's process died before recording it).
  var duplicatesPerKill: [Int] = []
  /// A chat that got the notice twice from one process: never allowed.
  var unexplained = 0
  var tooMany = 0, refusedBlocked = 0, accepted = 0
  var rate = 0.0, span = 0.0
  var outcome: BenchBroadcastOutcome
  var adminReport: String

  init(_ outcome: BenchBroadcastOutcome, customers: [Int64], isBlocked: (Int64) -> Bool) {
    self.outcome = outcome
    let t = outcome.tally
    recipients = customers.count
    duplicatesPerKill = Array(repeating: 0, count: outcome.killedAt.count)
    for chat in customers {
      let copies = t.notices[chat] ?? []
      if isBlocked(chat) {
        blockedRecipients += 1
        continue
      }
      if copies.isEmpty { lost += 1 } else { notified += 1 }
      for (earlier, later) in zip(copies, copies.dropFirst()) {
        duplicates += 1
        if earlier < later, earlier < duplicatesPerKill.count {
          duplicatesPerKill[earlier] += 1
        } else {
          unexplained += 1
        }
      }
    }
    tooMany = t.tooMany
    refusedBlocked = t.refusedBlocked
    accepted = t.accepted
    if let first = t.firstNotice, let last = t.lastNotice, last > first {
      span = last.timeIntervalSince(first)
      rate = Double(t.notices.values.reduce(0) { $0 + $1.count } - 1) / span
    }
    adminReport = t.admin.last?.text ?? ""
  }

  /// Every target: no loss, no 429, duplicates only from crash windows and at most the sender's
  /// in-flight limit per kill, the outbox agreeing with what Telegram accepted, blocked chats
  /// counted, a clean last stop and no call the double had to refuse as malformed.
  var problems: [String] {
    var found: [String] = []
    if lost > 0 { found.append("\(lost) customers never got the notice") }
    if tooMany > 0 { found.append("\(tooMany) calls answered 429") }
    if unexplained > 0 { found.append("\(unexplained) duplicates sent by the same process") }
    if duplicatesPerKill.contains(where: { $0 > Self.inFlight }) {
      found.append("a kill caused more duplicates than deliveries in flight")
    }
    if notified != outcome.sentRows {
      found.append("the outbox records \(outcome.sentRows) notices sent, Telegram accepted \(notified) chats' notices")
    }
    if outcome.progress.blocked != blockedRecipients {
      found.append("the report counts \(outcome.progress.blocked) blocked, \(blockedRecipients) blocked the bot")
    }
    if outcome.progress.sent != notified || outcome.progress.remaining != 0 {
      found.append("the report says \(outcome.progress.sent) sent, \(outcome.progress.remaining) remaining")
    }
    if outcome.exitStatus != 0 { found.append("the last run exited with status \(outcome.exitStatus)") }
    found += outcome.tally.violations.map { "refused call: \($0)" }
    return found
  }

  /// 429s of the first run and of each run after a kill, e.g. `0+8+8+8`.
  var tooManyByRun: String {
    (0...outcome.killedAt.count).map { String(outcome.tally.tooManyByRun[$0] ?? 0) }.joined(separator: "+")
  }

  /// 429s over a chat's limit, e.g. `: admin in run 1`.
  var tooManyChats: String {
    outcome.tally.tooManyChats.isEmpty ? "" : ": " + outcome.tally.tooManyChats.joined(separator: ", ")
  }

  func report(blockEvery: Int) -> String {
    let seconds = Double(outcome.wall.components.seconds) + Double(outcome.wall.components.attoseconds) / 1e18
    let p = outcome.progress
    let kills = outcome.killedAt.count
    let overChats = outcome.tally.tooManyChats.count
    let lines = [
      "bench broadcast --kill: \(recipients) customers, every \(blockEvery)th blocked the bot, `flowerbot run` "
        + "SIGKILLed \(kills) times and restarted (at "
        + "\(outcome.killedAt.map(String.init).joined(separator: ", ")) customers notified), real time over HTTP",
      "  sustained    \(String(format: "%.1f", rate)) notices/s (first to last notice, "
        + "\(String(format: "%.0f", span)) s with the restarts; limit ≈ 30/s)",
      "  429s         \(tooMany) (target 0; \(tooManyByRun) by run, first run first; "
        + "\(tooMany - overChats) over the overall limit, \(overChats) over a chat's\(tooManyChats))",
      "  duplicates   \(duplicates) (\(duplicatesPerKill.map(String.init).joined(separator: "+")) by kill: only "
        + "from a kill between Telegram accepting and the commit of «sent», ≤ \(Self.inFlight) per kill; "
        + "\(unexplained) otherwise)",
      "  lost         \(lost) (target 0)",
      "  blocked      \(blockedRecipients) customers blocked the bot, answered 403 \(refusedBlocked) times, "
        + "counted \(p.blocked)",
      "  report       sent \(p.sent), failed \(p.failed), blocked \(p.blocked), remaining \(p.remaining); "
        + "messages accepted \(accepted)",
      "  admin sees   \(adminReport.replacingOccurrences(of: "\n", with: " / "))",
      "  wall clock   \(String(format: "%.1f", seconds)) s",
      "figures recipients=\(recipients) blocked=\(blockedRecipients) counted_blocked=\(p.blocked) "
        + "notified=\(notified) sent=\(p.sent) lost=\(lost) duplicates=\(duplicates) unexplained=\(unexplained) "
        + "kills=\(kills) too_many=\(tooMany) rate=\(String(format: "%.1f", rate)) problems=\(problems.count)",
    ]
    return lines.joined(separator: "\n")
  }
}
