import Dialog
import FlowerShop
import Foundation

@testable import Flows

/// People as the board and tracking see them (ids as in the demo shop's staff list).
let floristActor = Author(user: UserID(2001), role: .florist, chat: ChatID(2001))
let adminActor = Author(user: UserID(1000), role: .admin, chat: ChatID(1000))
let customerActor = Author(user: UserID(1001), role: .customer, chat: ChatID(1001))

let orderCreatedAt = almaty(2026, 11, 27, 10)

/// A stored order as the store returns it: delivery (the complete draft) or pickup.
func sampleOrder(
  id: Int64 = 1, number: Int = 1, status: OrderStatus = .new, fulfilment: Fulfilment = .delivery, paidAt: Date? = nil,
  slot: DeliverySlot = noonSlot
) -> Order {
  var draft = completeDeliveryDraft()
  draft.date = slot.date
  draft.slot = slot
  if fulfilment == .pickup {
    draft.fulfilment = .pickup
    draft.zone = nil
    draft.address = nil
    draft.recipientName = nil
    draft.recipientPhone = nil
    draft.anonymous = nil
    draft.surprise = nil
  }
  guard let request = draft.request(customerName: "Айгерим"),
    case .success(let pricing) = OrderRules.validate(
      request, shop: demoShop, catalog: context().catalog, at: orderCreatedAt)
  else { fatalError("the sample order must be valid") }
  return Order(
    id: OrderID(id), shopID: demoShop.shop.id, number: OrderNumber(number),
    trackingID: TrackingID(rawValue: "V626vYiMX3DE"),
    status: status, request: request, pricing: pricing, createdAt: orderCreatedAt, paidAt: paidAt,
    paidBy: paidAt == nil ? nil : "florist:2001")
}
