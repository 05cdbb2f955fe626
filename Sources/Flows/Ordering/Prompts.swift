import Dialog
import FlowerShop
import Foundation

/// The question of each step, with its buttons.
enum Prompts {
  static func key(_ key: L10n, _ arguments: [String: LocaleArgument] = [:]) -> Text { .key(key.rawValue, arguments) }

  /// `⬅️ Назад` and `✖️ Отменить заказ`, shown under every question that expects typing.
  static let standardKeyboard = Keyboard.reply([[ReplyButton(key(.buttonBack)), ReplyButton(key(.buttonCancelOrder))]])

  static func usesInlineButtons(_ step: OrderingStep) -> Bool {
    switch step {
    case .category, .product, .quantity, .fulfilment, .zone, .date, .slot, .postcard, .anonymity, .surprise,
      .payment, .summary, .editing:
      true
    case .address, .recipientName, .recipientPhone, .customerPhone:
      false
    }
  }

  static func prompt(_ s: OrderingState, _ c: OrderingContext) -> [Reply] {
    let session = s.session
    func button(_ label: Text, _ payload: OrderingButton) -> InlineButton {
      InlineButton(label, data: CallbackPayload.ordering(session: session, payload).data)
    }
    let back = [button(key(.buttonBack), .back)]
    switch s.step {
    case .category:
      let rows = c.catalog.categories.filter { !c.catalog.products(in: $0.id).isEmpty }
        .map { [button(.verbatim($0.title(in: c.language)), .category($0.id))] }
      return [Reply(key(.orderingChooseCategory), keyboard: .inline(rows))]
    case .product:
      let category = s.draft.category.flatMap(c.catalog.category)
      let rows = c.catalog.products(in: s.draft.category ?? CategoryID("")).map { product in
        [
          button(
            key(
              .orderingProductButton,
              ["title": .string(product.title(in: c.language)), "price": .string(product.price.formatted)]),
            .product(product.id))
        ]
      }
      return [
        Reply(
          key(.orderingChooseProduct, ["category": .string(category?.title(in: c.language) ?? "")]),
          keyboard: .inline(rows + [back]))
      ]
    case .quantity:
      return quantityPrompt(s, c, button: button, back: back)
    case .fulfilment:
      let rows = [
        [button(key(.orderingFulfilmentDelivery), .fulfilment(.delivery))],
        [button(key(.orderingFulfilmentPickup), .fulfilment(.pickup))], back,
      ]
      return [
        Reply(
          key(.orderingChooseFulfilment, ["pickup": .string(c.shop.delivery.pickupAddress(in: c.language))]),
          keyboard: .inline(rows))
      ]
    case .zone:
      let itemsTotal = OrderText.itemsTotal(s.draft, c)
      let rows = c.shop.delivery.zones.map { zone in
        let cost = c.policy.deliveryCost(zone: zone.id, itemsTotal: itemsTotal) ?? zone.cost
        let name = LocaleArgument.string(zone.name(in: c.language))
        let label =
          cost == .zero
          ? key(.orderingZoneButtonFree, ["zone": name])
          : key(.orderingZoneButton, ["zone": name, "cost": .string(cost.formatted)])
        return [button(label, .zone(zone.id))]
      }
      return [Reply(key(.orderingChooseZone), keyboard: .inline(rows + [back]))]
    case .date:
      return datePrompt(c, button: button, back: back)
    case .slot:
      let date = s.draft.date ?? c.policy.today(at: c.now)
      let slots = c.policy.feasibleSlots(on: date, at: c.now).map { button(.verbatim($0.label), .slot($0)) }
      let rows = stride(from: 0, to: slots.count, by: 2).map { Array(slots[$0..<min($0 + 2, slots.count)]) }
      return [
        Reply(.format(L10n.orderingChooseSlot.rawValue, ["date": dateLabel(date)]), keyboard: .inline(rows + [back]))
      ]
    case .address:
      let keyboard = Keyboard.reply([
        [ReplyButton(key(.buttonShareLocation), request: .location)],
        [ReplyButton(key(.buttonAskRecipient))],
        [ReplyButton(key(.buttonBack)), ReplyButton(key(.buttonCancelOrder))],
      ])
      return [Reply(key(.orderingAskAddress), keyboard: keyboard)]
    case .recipientName:
      return [Reply(key(.orderingAskRecipientName), keyboard: standardKeyboard)]
    case .recipientPhone:
      return [
        Reply(
          key(.orderingAskRecipientPhone, ["name": .string(s.draft.recipientName ?? "")]), keyboard: standardKeyboard)
      ]
    case .postcard:
      let rows = [[button(key(.orderingNoPostcard), .noPostcard)], back]
      return [Reply(key(.orderingAskPostcard, ["limit": .number(OrderRules.postcardLimit)]), keyboard: .inline(rows))]
    case .anonymity:
      let rows = [
        [button(key(.orderingSignedButton), .anonymous(false))],
        [button(key(.orderingAnonymousButton), .anonymous(true))], back,
      ]
      return [Reply(key(.orderingAskAnonymity), keyboard: .inline(rows))]
    case .surprise:
      let rows = [
        [button(key(.orderingCallFirstButton), .surprise(false))],
        [button(key(.orderingSurpriseButton), .surprise(true))], back,
      ]
      return [Reply(key(.orderingAskSurprise), keyboard: .inline(rows))]
    case .customerPhone:
      let keyboard = Keyboard.reply([
        [ReplyButton(key(.buttonShareContact), request: .contact)],
        [ReplyButton(key(.buttonBack)), ReplyButton(key(.buttonCancelOrder))],
      ])
      return [Reply(key(.orderingAskCustomerPhone), keyboard: keyboard)]
    case .payment:
      let rows = c.shop.paymentMethods.map { [button(OrderText.payment($0), .payment($0))] }
      return [Reply(key(.orderingAskPayment), keyboard: .inline(rows + [back]))]
    case .summary:
      let rows = [
        [button(key(.orderingConfirmButton), .confirm)],
        [button(key(.orderingEditButton), .edit), button(key(.orderingCancelButton), .cancel)],
      ]
      return [Reply(OrderText.summary(s.draft, c), keyboard: .inline(rows))]
    case .editing:
      let fields = s.draft.editableFields.map { button(OrderText.fieldLabel($0), .editField($0)) }
      let rows = stride(from: 0, to: fields.count, by: 2).map { Array(fields[$0..<min($0 + 2, fields.count)]) }
      return [Reply(key(.orderingAskEditField), keyboard: .inline(rows + [back]))]
    }
  }

  static func quantityPrompt(
    _ s: OrderingState, _ c: OrderingContext, button: (Text, OrderingButton) -> InlineButton, back: [InlineButton]
  ) -> [Reply] {
    guard let id = s.draft.product, let product = c.catalog.products[id] else { return [] }
    let most = min(5, product.stock ?? 5)
    let numbers = most >= 1 ? (1...most).map { button(.verbatim(String($0)), .quantity($0)) } : []
    let card = key(
      .orderingProductCard,
      [
        "title": .string(product.title(in: c.language)), "description": .string(product.description(in: c.language)),
        "price": .string(product.price.formatted),
      ])
    let photo = c.imagePath(of: product).map { Photo.file(path: $0) }
    return [Reply(card, photo: photo, keyboard: .inline([numbers, back]))]
  }

  static func datePrompt(
    _ c: OrderingContext, button: (Text, OrderingButton) -> InlineButton, back: [InlineButton]
  )
    -> [Reply]
  {
    let today = c.policy.today(at: c.now)
    let dates = c.policy.bookableDates(at: c.now).prefix(6).map { date -> InlineButton in
      let label: Text =
        date == today ? key(.dateToday) : date == today.adding(days: 1) ? key(.dateTomorrow) : dateLabel(date)
      return button(label, .date(date))
    }
    let rows = stride(from: 0, to: dates.count, by: 2).map { Array(dates[$0..<min($0 + 2, dates.count)]) }
    return [
      Reply(key(.orderingChooseDate), keyboard: .inline(rows + [[button(key(.orderingOtherDate), .otherDate)], back]))
    ]
  }

  /// For example: 28 ноября, сб.
  static func dateLabel(_ date: LocalDate) -> Text {
    key(.dateLong, ["day": .number(date.day), "month": .number(date.month), "weekday": .number(date.weekday)])
  }
}
