import Dialog
import FlowerShop
import Foundation

/// Texts that describe an order: the customer's summary and the florists' card share their lines.
enum OrderText {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }

  static func itemsTotal(_ draft: OrderDraft, _ c: OrderingContext) -> Money {
    guard let id = draft.product, let product = c.catalog.products[id] else { return .zero }
    return product.price * (draft.quantity ?? 1)
  }

  static func payment(_ method: PaymentMethod) -> Text {
    switch method {
    case .kaspi: key(.paymentKaspi)
    case .card: key(.paymentCard)
    case .cash: key(.paymentCash)
    }
  }

  /// The status in words, in lower case.
  static func status(_ status: OrderStatus) -> Text {
    switch status {
    case .new: key(.orderStatusNew)
    case .accepted: key(.orderStatusAccepted)
    case .assembling: key(.orderStatusAssembling)
    case .photoSent: key(.orderStatusPhotoSent)
    case .approved: key(.orderStatusApproved)
    case .inDelivery: key(.orderStatusInDelivery)
    case .delivered: key(.orderStatusDelivered)
    case .readyForPickup: key(.orderStatusReadyForPickup)
    case .pickedUp: key(.orderStatusPickedUp)
    case .cancelled: key(.orderStatusCancelled)
    }
  }

  static func fieldLabel(_ field: EditableField) -> Text {
    switch field {
    case .bouquet: key(.editFieldBouquet)
    case .fulfilment: key(.editFieldFulfilment)
    case .dateTime: key(.editFieldDateTime)
    case .address: key(.editFieldAddress)
    case .recipient: key(.editFieldRecipient)
    case .postcard: key(.editFieldPostcard)
    case .anonymity: key(.editFieldAnonymity)
    case .surprise: key(.editFieldSurprise)
    case .phone: key(.editFieldPhone)
    case .payment: key(.editFieldPayment)
    }
  }

  /// The summary before confirmation, priced by the domain exactly as the order will be.
  static func summary(_ draft: OrderDraft, _ c: OrderingContext) -> Text {
    guard let request = draft.request(customerName: c.customerName) else { return key(.orderingErrorChooseAgain) }
    switch OrderRules.validate(request, shop: c.shop, catalog: c.catalog, at: c.now) {
    case .success(let pricing):
      return .lines(
        [key(.orderingSummaryTitle), .verbatim("")] + details(request, pricing, c) + [.verbatim("")]
          + totals(pricing, request.fulfilment))
    case .failure:
      return .lines([key(.orderingSummaryTitle), .verbatim("")] + details(request, nil, c))
    }
  }

  /// The new-order card for the florists.
  static func card(_ order: Order, _ c: OrderingContext) -> Text {
    .lines(
      [
        key(.floristNewOrder, ["number": .number(order.number.rawValue)]),
        .format(L10n.floristOrderStatus.rawValue, ["status": status(order.status)]), .verbatim(""),
      ]
        + details(order.request, order.pricing, c, forFlorists: true) + [.verbatim("")]
        + totals(order.pricing, order.request.fulfilment))
  }

  /// The order's lines. Shop data is in the chat's language for the customer; the florists' card
  /// may go to several chats, so there it is resolved in each recipient's language when rendered.
  static func details(_ r: OrderRequest, _ pricing: Pricing?, _ c: OrderingContext, forFlorists: Bool = false) -> [Text]
  {
    let shop: ((String?) -> String) -> Text = { forFlorists ? c.inRecipientLanguage($0) : .verbatim($0(c.language)) }
    var lines: [Text] = r.lines.map { line in
      let priced = pricing?.lines.first { $0.product == line.product }
      let title = shop { language in
        guard let ordered = priced?.title else { return c.catalog.products[line.product]?.title(in: language) ?? "" }
        return c.catalog.title(of: line.product, ordered: ordered, in: language)
      }
      return .format(
        L10n.orderLineItem.rawValue,
        [
          "title": title, "quantity": .verbatim(String(line.quantity)),
          "total": .verbatim(priced?.total.formatted ?? ""),
        ])
    }
    let when: [String: Text] = ["date": Prompts.dateLabel(r.slot.date), "slot": .verbatim(r.slot.label)]
    switch r.fulfilment {
    case .delivery:
      lines.append(.format(L10n.orderLineDelivery.rawValue, when))
      lines.append(address(r, zone: shop { r.zone.flatMap(c.policy.zone)?.name(in: $0) ?? "" }))
      lines.append(
        key(.orderLineRecipient, ["name": .string(r.recipient.name), "phone": .string(r.recipient.phone.formatted)]))
    case .pickup:
      let address = shop { c.shop.delivery.pickupAddress(in: $0) }
      lines.append(.format(L10n.orderLinePickup.rawValue, when.merging(["address": address]) { a, _ in a }))
    }
    if let postcard = r.postcard {
      lines.append(key(.orderLinePostcard, ["text": .string(postcard)]))
    } else {
      lines.append(key(.orderLineNoPostcard))
    }
    if r.fulfilment == .delivery {
      lines.append(key(r.anonymous ? .orderLineAnonymous : .orderLineSigned))
      if r.address != .askRecipient { lines.append(key(r.surprise ? .orderLineSurprise : .orderLineCallFirst)) }
    }
    let phone = LocaleArgument.string(r.customer.phone.formatted)
    lines.append(
      forFlorists
        ? key(.floristCustomer, ["name": .string(r.customer.name), "phone": phone])
        : key(.orderLinePhone, ["phone": phone]))
    lines.append(key(.orderLinePayment, ["method": .string(r.payment.rawValue)]))
    return lines
  }

  static func address(_ r: OrderRequest, zone: Text) -> Text {
    switch r.address {
    case .text(let text): return .format(L10n.orderLineAddress.rawValue, ["address": .verbatim(text), "zone": zone])
    case .location(let latitude, let longitude):
      let point = String(format: "%.5f, %.5f", latitude, longitude)
      return .format(L10n.orderLineLocation.rawValue, ["point": .verbatim(point), "zone": zone])
    case .askRecipient, nil: return .format(L10n.orderLineAskRecipient.rawValue, ["zone": zone])
    }
  }

  static func totals(_ pricing: Pricing, _ fulfilment: Fulfilment) -> [Text] {
    let delivery: [Text] =
      switch fulfilment {
      case .pickup: []
      case .delivery:
        [
          pricing.deliveryCost == .zero
            ? key(.orderTotalDeliveryFree)
            : key(.orderTotalDelivery, ["amount": .string(pricing.deliveryCost.formatted)])
        ]
      }
    return [key(.orderTotalItems, ["amount": .string(pricing.itemsTotal.formatted)])] + delivery
      + [key(.orderTotal, ["amount": .string(pricing.total.formatted)])]
  }
}
