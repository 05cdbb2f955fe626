import Dialog
import FlowerShop

/// The ordering dialog: where it waits, the answers so far and, while the customer edits a
/// field from the summary, the draft to go back to.
public struct OrderingState: Codable, Sendable, Equatable {
  public var step: OrderingStep
  public var draft: OrderDraft
  /// Identifies this dialog in its buttons, so presses on buttons of an earlier dialog are stale.
  public var session: Int64
  /// The draft as it was on the summary when the customer chose "edit"; `Назад` restores it.
  public var editBackup: OrderDraft?

  public init(step: OrderingStep, draft: OrderDraft, session: Int64, editBackup: OrderDraft? = nil) {
    self.step = step
    self.draft = draft
    self.session = session
    self.editBackup = editBackup
  }
}

/// What the customer did, as the ordering dialog sees it.
public enum OrderingEvent: Sendable, Equatable {
  case buttonPressed(session: Int64, OrderingButton)
  case textEntered(String)
  case contactShared(phone: String)
  case locationShared(latitude: Double, longitude: Double)
  /// `⬅️ Назад` on the reply keyboard.
  case backPressed
  /// `✖️ Отменить заказ` on the reply keyboard (/cancel is handled by the router).
  case cancelPressed
  /// Anything else: a photo, a sticker…
  case otherInput
  /// Results of `createOrder`, fed back by the interpreter.
  case orderCreated(Order)
  case orderRejected(OrderValidationError)
}

/// What the ordering dialog asks the shell to do.
public enum OrderingEffect: Sendable, Equatable {
  case send(Reply)
  /// Answers the pressed button with a short notice.
  case toast(Text)
  /// Validates and stores the order in this transaction; the result comes back as an event.
  case createOrder(OrderRequest)
}

/// The next state (nil when the dialog is over) and what to do.
public struct OrderingTransition: Sendable, Equatable {
  public var state: OrderingState?
  public var effects: [OrderingEffect]
  public init(_ state: OrderingState?, _ effects: [OrderingEffect] = []) {
    self.state = state
    self.effects = effects
  }
}
