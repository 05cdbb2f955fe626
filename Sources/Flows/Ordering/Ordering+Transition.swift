import Dialog
import FlowerShop
import Foundation

/// The ordering dialog as one pure function of (state, event, context).
public enum Ordering {
  /// Opens the catalog; with a product given (a deep link), goes straight to its card.
  public static func start(session: Int64, product: ProductID?, _ c: OrderingContext) -> OrderingTransition {
    var draft = OrderDraft()
    if let id = product, let chosen = c.catalog.products[id], chosen.available {
      draft.category = chosen.category
      draft.product = chosen.id
    }
    let state = OrderingState(step: draft.nextStep, draft: draft, session: session)
    let intro = Reply(.key(L10n.orderingIntro.rawValue, [:]), keyboard: Prompts.standardKeyboard)
    return OrderingTransition(state, [.send(intro)] + Prompts.prompt(state, c).map { .send($0) })
  }

  public static func transition(
    _ s: OrderingState, _ event: OrderingEvent, _ c: OrderingContext
  )
    -> OrderingTransition
  {
    switch event {
    case .buttonPressed(let session, let button):
      guard session == s.session else { return stale(s) }
      return pressed(button, s, c)
    case .textEntered(let text):
      return typed(text, s, c)
    case .contactShared(let phone):
      switch s.step {
      case .customerPhone, .recipientPhone: return phoneEntered(phone, s, c)
      default: return hint(.orderingHintUseButtons, s, c)
      }
    case .locationShared(let latitude, let longitude):
      guard s.step == .address else { return hint(.orderingHintUseButtons, s, c) }
      return answered(s, c, ack: .key(L10n.orderingAckLocation.rawValue, [:])) {
        $0.address = .location(latitude: latitude, longitude: longitude)
      }
    case .backPressed:
      return back(s, c)
    case .cancelPressed:
      return cancelled()
    case .otherInput:
      return hint(.orderingHintUseButtons, s, c)
    case .orderCreated(let order):
      return created(order, c)
    case .orderRejected(let error):
      return rejected(error, s, c)
    }
  }

  // MARK: - Moving on

  /// Applies an answer and asks the next open question (or shows the summary).
  static func answered(
    _ s: OrderingState, _ c: OrderingContext, ack: Text? = nil, _ apply: (inout OrderDraft) -> Void
  ) -> OrderingTransition {
    var next = s
    apply(&next.draft)
    next.step = next.draft.nextStep
    if next.step == .summary { next.editBackup = nil }
    var effects: [OrderingEffect] = []
    if let ack { effects.append(.send(Reply(ack, keyboard: Prompts.standardKeyboard))) }
    return OrderingTransition(next, effects + Prompts.prompt(next, c).map { .send($0) })
  }

  static func back(_ s: OrderingState, _ c: OrderingContext) -> OrderingTransition {
    var next = s
    if s.step == .editing || s.editBackup != nil {
      next.draft = s.editBackup ?? s.draft
      next.editBackup = nil
      next.step = .summary
    } else if let previous = s.draft.previousStep(before: s.step) {
      next.draft.clear(previous)
      next.step = previous
    } else {
      return OrderingTransition(nil, [.send(MainMenu.reply(.orderingLeftCatalog))])
    }
    return OrderingTransition(next, Prompts.prompt(next, c).map { .send($0) })
  }

  static func cancelled() -> OrderingTransition {
    OrderingTransition(nil, [.send(MainMenu.reply(.orderingCancelled))])
  }

  static func stale(_ s: OrderingState) -> OrderingTransition {
    OrderingTransition(s, [.toast(.key(L10n.buttonStale.rawValue, [:]))])
  }

  /// Explains what is expected; re-shows the question when its answers are buttons.
  static func hint(
    _ key: L10n, _ s: OrderingState, _ c: OrderingContext, _ arguments: [String: LocaleArgument] = [:]
  )
    -> OrderingTransition
  {
    hint(.key(key.rawValue, arguments), s, c)
  }

  static func hint(_ text: Text, _ s: OrderingState, _ c: OrderingContext) -> OrderingTransition {
    let message = OrderingEffect.send(Reply(text))
    guard Prompts.usesInlineButtons(s.step) else { return OrderingTransition(s, [message]) }
    return OrderingTransition(s, [message] + Prompts.prompt(s, c).map { .send($0) })
  }

  // MARK: - The end

  static func created(_ order: Order, _ c: OrderingContext) -> OrderingTransition {
    var effects: [OrderingEffect] = [.send(MainMenu.orderConfirmation(order))]
    if let florists = c.shop.staff.floristChat {
      effects.append(
        .send(
          Reply(to: florists, OrderText.card(order, c), keyboard: BoardText.actions(order), priority: .notification)))
    }
    return OrderingTransition(nil, effects)
  }

  static func rejected(_ error: OrderValidationError, _ s: OrderingState, _ c: OrderingContext) -> OrderingTransition {
    var draft = s.draft
    let message: Text
    switch error {
    case .shopInactive:
      return OrderingTransition(nil, [.send(MainMenu.reply(.orderingErrorShopClosed))])
    case .slotNotFeasible:
      message = .key(L10n.orderingErrorSlotGone.rawValue, ["slot": .string(draft.slot?.label ?? "")])
      draft.clear(OrderingStep.slot)
      if let date = draft.date, c.policy.feasibleSlots(on: date, at: c.now).isEmpty { draft.clear(OrderingStep.date) }
    case .emptyOrder, .unknownProduct, .productUnavailable, .invalidQuantity:
      message = .key(L10n.orderingErrorProductGone.rawValue, [:])
      draft.clear(OrderingStep.category)
    case .outOfStock(_, let left):
      message = .key(L10n.orderingErrorOutOfStock.rawValue, ["left": .number(left)])
      draft.clear(OrderingStep.quantity)
    case .zoneRequired, .unknownZone:
      message = .key(L10n.orderingErrorChooseAgain.rawValue, [:])
      draft.zone = nil
    case .addressRequired:
      message = .key(L10n.orderingErrorChooseAgain.rawValue, [:])
      draft.clear(OrderingStep.address)
    case .recipientNameRequired:
      message = .key(L10n.orderingErrorChooseAgain.rawValue, [:])
      draft.clear(OrderingStep.recipientName)
    case .postcardTooLong(let limit):
      message = .key(L10n.orderingErrorPostcardTooLong.rawValue, ["limit": .number(limit)])
      draft.clear(OrderingStep.postcard)
    case .paymentNotAccepted:
      message = .key(L10n.orderingErrorChooseAgain.rawValue, [:])
      draft.clear(OrderingStep.payment)
    }
    var next = s
    next.draft = draft
    next.editBackup = nil
    next.step = draft.nextStep
    return OrderingTransition(next, [.send(Reply(message))] + Prompts.prompt(next, c).map { .send($0) })
  }
}
