import Dialog
import FlowerShop

// The ordering states, written by hand: what `StreamingJSONEncoder` writes for their synthesized
// (and FlowerShop's custom) `Codable` conformances, byte for byte. StateJSONParityTests compare
// both for every field and every case; a field added to `OrderDraft` must be added here too.

extension ChatState: StateJSONWritable {
  /// Synthesized enum coding: `{"idle":{}}`, `{"ordering":{"_0":{…}}}`. Only ordering is hot;
  /// the other flows' states go through the streaming encoder.
  public func writeStateJSON(to writer: inout StateJSONWriter) throws {
    switch self {
    case .idle: writer.emptyCase("idle")
    case .ordering(let state):
      writer.beginCase("ordering")
      try state.writeStateJSON(to: &writer)
      writer.endCase()
    case .tracking(let state):
      writer.beginCase("tracking")
      try writer.encodable(state)
      writer.endCase()
    case .board(let state):
      writer.beginCase("board")
      try writer.encodable(state)
      writer.endCase()
    case .admin(let state):
      writer.beginCase("admin")
      try writer.encodable(state)
      writer.endCase()
    case .approval(let state):
      writer.beginCase("approval")
      try writer.encodable(state)
      writer.endCase()
    }
  }
}

extension OrderingState: StateJSONWritable {
  public func writeStateJSON(to writer: inout StateJSONWriter) throws {
    writer.beginObject()
    writer.key("step")
    writer.string(step.rawValue)
    writer.key("draft")
    try draft.writeStateJSON(to: &writer)
    writer.key("session")
    writer.number(session)
    if let editBackup {
      writer.key("editBackup")
      try editBackup.writeStateJSON(to: &writer)
    }
    writer.endObject()
  }
}

extension OrderDraft: StateJSONWritable {
  /// Nil fields are left out, as the synthesized `encodeIfPresent` leaves them out.
  public func writeStateJSON(to writer: inout StateJSONWriter) throws {
    writer.beginObject()
    if let category { writer.field("category", category.rawValue) }
    if let product {
      writer.key("product")
      writer.number(product.rawValue)
    }
    if let quantity {
      writer.key("quantity")
      writer.number(quantity)
    }
    if let fulfilment { writer.field("fulfilment", fulfilment.rawValue) }
    if let zone { writer.field("zone", zone.rawValue) }
    if let date {
      writer.key("date")
      writer.write(date)
    }
    if let slot {
      writer.key("slot")
      writer.write(slot)
    }
    if let address {
      writer.key("address")
      try writer.write(address)
    }
    if let recipientName { writer.field("recipientName", recipientName) }
    if let recipientPhone { writer.field("recipientPhone", recipientPhone.e164) }
    if let postcard {
      writer.key("postcard")
      writer.write(postcard)
    }
    if let anonymous {
      writer.key("anonymous")
      writer.bool(anonymous)
    }
    if let surprise {
      writer.key("surprise")
      writer.bool(surprise)
    }
    if let customerPhone { writer.field("customerPhone", customerPhone.e164) }
    if let payment { writer.field("payment", payment.rawValue) }
    writer.endObject()
  }
}
