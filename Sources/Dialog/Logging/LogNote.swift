import FlowerShop
import Logging

/// A log line about one input, kept on the `Turn` and written by the engine only once the
/// input's transaction committed: a rolled-back input leaves no line claiming what did not
/// happen. The engine adds `update_id` and `chat_id`; a note carries what only the flow knows.
public struct LogNote: Sendable, Equatable {
  public var level: Logger.Level
  public var message: String
  /// Structured fields (`order_id`, `status`…); never a person's text or phone number.
  public var metadata: Logger.Metadata

  public init(level: Logger.Level, message: String, metadata: Logger.Metadata = [:]) {
    self.level = level
    self.message = message
    self.metadata = metadata
  }
}

extension LogNote {
  /// A customer placed an order.
  public static func orderCreated(_ order: Order) -> LogNote {
    LogNote(
      level: .info, message: "order created",
      metadata: [
        "order_id": "\(order.id)", "order_number": "\(order.number)", "status": "\(order.status.rawValue)",
        "total_tiyn": "\(order.pricing.total.tiyn)",
      ])
  }

  /// Staff or the bot moved an order to another status (`order cancelled` for a cancellation).
  public static func orderStatusChanged(_ order: Order, from previous: OrderStatus, by actor: String) -> LogNote {
    LogNote(
      level: .info, message: order.status == .cancelled ? "order cancelled" : "order status changed",
      metadata: [
        "order_id": "\(order.id)", "order_number": "\(order.number)", "status": "\(order.status.rawValue)",
        "previous_status": "\(previous.rawValue)", "actor": "\(actor)",
      ])
  }

  /// Staff marked the payment received.
  public static func paymentReceived(_ order: Order, by actor: String) -> LogNote {
    LogNote(
      level: .info, message: "payment received",
      metadata: ["order_id": "\(order.id)", "order_number": "\(order.number)", "actor": "\(actor)"])
  }

  /// A bouquet photo round ended: approved (by the customer, the bot or staff) or sent back.
  public static func photoDecided(
    order: OrderID, round: PhotoRoundID, _ decision: PhotoDecision, status: OrderStatus, by actor: String
  ) -> LogNote {
    let message: String
    switch decision {
    case .approved, .autoApproved, .closedByStaff: message = "photo approved"
    case .changesRequested: message = "photo changes requested"
    case .superseded: message = "photo superseded"
    }
    return LogNote(
      level: .info, message: message,
      metadata: [
        "order_id": "\(order)", "round_id": "\(round)", "decision": "\(decision.rawValue)",
        "status": "\(status.rawValue)", "actor": "\(actor)",
      ])
  }
}
