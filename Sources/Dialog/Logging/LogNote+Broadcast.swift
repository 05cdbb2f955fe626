import Logging

extension LogNote {
  /// An admin started a broadcast to `recipients` chats.
  public static func broadcastStarted(_ id: BroadcastID, recipients: Int) -> LogNote {
    LogNote(
      level: .info, message: "broadcast started",
      metadata: ["broadcast_id": "\(id.rawValue)", "recipients": "\(recipients)"])
  }

  /// A broadcast ended: every message settled (`finished`) or an admin withdrew the rest.
  public static func broadcastEnded(_ id: BroadcastID, _ progress: BroadcastProgress, cancelled: Bool) -> LogNote {
    LogNote(
      level: .info, message: cancelled ? "broadcast cancelled" : "broadcast finished",
      metadata: [
        "broadcast_id": "\(id.rawValue)", "sent": "\(progress.sent)", "failed": "\(progress.failed)",
        "blocked": "\(progress.blocked)", "withdrawn": "\(progress.cancelled)",
      ])
  }
}
