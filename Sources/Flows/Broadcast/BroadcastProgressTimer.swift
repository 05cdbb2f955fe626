import Dialog
import FlowerShop
import Foundation

/// The timer that refreshes a running broadcast's progress message, at most every `interval`.
public enum BroadcastProgressTimer {
  public static let name = "broadcast-progress"
  public static let interval: TimeInterval = 3

  /// What one tick does, decided from the stored broadcast and its counts now.
  public struct Tick: Sendable, Equatable {
    /// The progress message's new text; nil when nothing changed since it was last shown.
    public var edit: Text?
    /// Every message was sent, failed or found blocked: the broadcast ends.
    public var finished: Bool
    /// The final report, sent as a new message.
    public var report: Reply?
  }

  public static func tick(_ record: BroadcastRecord, _ progress: BroadcastProgress) -> Tick {
    guard record.status == .running else { return Tick(edit: nil, finished: false, report: nil) }
    let finished = progress.remaining == 0
    let edit =
      record.shown == progress && !finished
      ? nil : BroadcastText.progress(record.id, progress, finished ? .finished : .running)
    let report = finished ? Reply(BroadcastText.report(record.id, progress, cancelled: false)) : nil
    return Tick(edit: edit, finished: finished, report: report)
  }
}
