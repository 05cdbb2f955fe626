import Dialog
import FlowerShop
import Foundation

extension Ordering {
  /// A button press on the current dialog: accepted only when it answers the current question.
  static func pressed(_ button: OrderingButton, _ s: OrderingState, _ c: OrderingContext) -> OrderingTransition {
    switch (s.step, button) {
    case (_, .back):
      return back(s, c)
    case (.category, .category(let id)) where !c.catalog.products(in: id).isEmpty:
      return answered(s, c) { $0.category = id }
    case (.product, .product(let id)):
      guard let product = c.catalog.products[id], product.available, product.category == s.draft.category else {
        return hint(.orderingErrorProductGone, s, c)
      }
      return answered(s, c) { $0.product = product.id }
    case (.quantity, .quantity(let n)):
      return quantityChosen(n, s, c)
    case (.fulfilment, .fulfilment(let f)):
      return answered(s, c) { $0.fulfilment = f }
    case (.zone, .zone(let id)) where c.policy.zone(id) != nil:
      return answered(s, c) { $0.zone = id }
    case (.date, .date(let date)):
      return dateChosen(date, s, c)
    case (.date, .otherDate):
      return OrderingTransition(s, [.send(Reply(.key(L10n.orderingDateTypeHint.rawValue, [:])))])
    case (.slot, .slot(let slot)) where slot.date == s.draft.date:
      guard c.policy.isFeasible(slot, at: c.now) else {
        return hint(.orderingErrorSlotGone, s, c, ["slot": .string(slot.label)])
      }
      return answered(s, c) { $0.slot = slot }
    case (.postcard, .noPostcard):
      return answered(s, c) { $0.postcard = OrderDraft.Postcard.none }
    case (.anonymity, .anonymous(let yes)):
      return answered(s, c) { $0.anonymous = yes }
    case (.surprise, .surprise(let yes)):
      return answered(s, c) { $0.surprise = yes }
    case (.payment, .payment(let method)) where c.shop.paymentMethods.contains(method):
      return answered(s, c) { $0.payment = method }
    case (.summary, .confirm):
      guard let request = s.draft.request(customerName: c.customerName) else {
        return hint(.orderingErrorChooseAgain, s, c)
      }
      return OrderingTransition(s, [.createOrder(request)])
    case (.summary, .edit):
      var next = s
      next.step = .editing
      return OrderingTransition(next, Prompts.prompt(next, c).map { .send($0) })
    case (.summary, .cancel):
      return cancelled()
    case (.editing, .editField(let field)) where s.draft.editableFields.contains(field):
      var next = s
      next.editBackup = s.draft
      next.draft.clear(field)
      next.step = next.draft.nextStep
      return OrderingTransition(next, Prompts.prompt(next, c).map { .send($0) })
    default:
      return stale(s)
    }
  }

  /// Free text: the answer to a text question, a reply-keyboard label, or a number or date
  /// typed instead of pressing a button.
  static func typed(_ raw: String, _ s: OrderingState, _ c: OrderingContext) -> OrderingTransition {
    let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    if c.labels.matches(text, .buttonBack) { return back(s, c) }
    if c.labels.matches(text, .buttonCancelOrder) { return cancelled() }
    switch s.step {
    case .quantity:
      guard let n = Int(text), (1...99).contains(n) else { return hint(.orderingErrorQuantity, s, c) }
      return quantityChosen(n, s, c)
    case .date:
      let today = c.policy.today(at: c.now)
      guard let date = LocalDate.parse(dayMonth: text, today: today) else { return hint(.orderingErrorDate, s, c) }
      return dateChosen(date, s, c)
    case .address:
      if c.labels.matches(text, .buttonAskRecipient) {
        return answered(s, c, ack: .key(L10n.orderingAckAskRecipient.rawValue, [:])) { $0.address = .askRecipient }
      }
      guard text.count >= 5, text.count <= 300, text.contains(where: \.isLetter) else {
        return hint(.orderingErrorAddress, s, c)
      }
      return answered(s, c, ack: .key(L10n.orderingAckAddress.rawValue, ["address": .string(text)])) {
        $0.address = .text(text)
      }
    case .recipientName:
      guard (1...100).contains(text.count), text.contains(where: \.isLetter) else {
        return hint(.orderingErrorName, s, c)
      }
      return answered(s, c) { $0.recipientName = text }
    case .recipientPhone, .customerPhone:
      return phoneEntered(text, s, c)
    case .postcard:
      guard !text.isEmpty else { return hint(.orderingHintUseButtons, s, c) }
      guard text.count <= OrderRules.postcardLimit else {
        return hint(
          .orderingErrorPostcardTooLong, s, c,
          ["limit": .number(OrderRules.postcardLimit), "length": .number(text.count)])
      }
      return answered(s, c) { $0.postcard = .text(text) }
    case .category, .product, .fulfilment, .zone, .slot, .anonymity, .surprise, .payment, .summary, .editing:
      return hint(.orderingHintUseButtons, s, c)
    }
  }

  static func quantityChosen(_ n: Int, _ s: OrderingState, _ c: OrderingContext) -> OrderingTransition {
    guard let id = s.draft.product, let product = c.catalog.products[id], product.available else {
      return hint(.orderingErrorProductGone, s, c)
    }
    if let stock = product.stock, n > stock {
      return hint(.orderingErrorOutOfStock, s, c, ["left": .number(stock)])
    }
    return answered(s, c) { $0.quantity = n }
  }

  static func dateChosen(_ date: LocalDate, _ s: OrderingState, _ c: OrderingContext) -> OrderingTransition {
    guard !c.policy.feasibleSlots(on: date, at: c.now).isEmpty else {
      return hint(.format(L10n.orderingErrorDateUnavailable.rawValue, ["date": Prompts.dateLabel(date)]), s, c)
    }
    return answered(s, c) { $0.date = date }
  }

  static func phoneEntered(_ text: String, _ s: OrderingState, _ c: OrderingContext) -> OrderingTransition {
    switch PhoneNumber.parse(text) {
    case .success(let phone):
      if s.step == .recipientPhone { return answered(s, c) { $0.recipientPhone = phone } }
      return answered(s, c, ack: .key(L10n.orderingAckPhone.rawValue, ["phone": .string(phone.formatted)])) {
        $0.customerPhone = phone
      }
    case .failure(let error):
      let key: L10n =
        switch error {
        case .empty, .notANumber: .errorPhoneNotANumber
        case .wrongLength: .errorPhoneWrongLength
        case .russianMobile: .errorPhoneRussian
        case .notKazakhMobile: .errorPhoneNotKazakh
        }
      return hint(key, s, c)
    }
  }
}

extension OrderDraft {
  /// The complete request, or nil while a question is open.
  func request(customerName: String) -> OrderRequest? {
    guard let product, let quantity, let fulfilment, let slot, let postcard, let customerPhone, let payment else {
      return nil
    }
    let customer = Person(name: customerName, phone: customerPhone)
    let recipient: Person
    if fulfilment == .delivery {
      guard let recipientName, let recipientPhone, zone != nil, address != nil, anonymous != nil else { return nil }
      recipient = Person(name: recipientName, phone: recipientPhone)
    } else {
      recipient = customer
    }
    let card: String? =
      switch postcard {
      case .none: nil
      case .text(let text): text
      }
    return OrderRequest(
      lines: [OrderLine(product: product, quantity: quantity)], fulfilment: fulfilment,
      zone: fulfilment == .delivery ? zone : nil, slot: slot, address: fulfilment == .delivery ? address : nil,
      recipient: recipient, customer: customer, postcard: card, anonymous: anonymous ?? false,
      surprise: surprise ?? false, payment: payment)
  }
}
