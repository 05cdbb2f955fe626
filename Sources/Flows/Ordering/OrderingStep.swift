/// Where the ordering dialog waits. The order of the cases is the order of the questions.
public enum OrderingStep: String, Codable, Sendable, CaseIterable {
  /// Waits for a category of the catalog.
  case category
  /// Waits for a bouquet of the chosen category.
  case product
  /// Shows the bouquet's photo and waits for how many.
  case quantity
  /// Waits for delivery or pickup.
  case fulfilment
  /// Delivery only: waits for the delivery zone (it sets the delivery cost).
  case zone
  /// Waits for a day (buttons for bookable days, or a typed date).
  case date
  /// Waits for a time slot still feasible on that day.
  case slot
  /// Delivery only: waits for an address as text, a shared location, or "ask the recipient".
  case address
  /// Delivery only: waits for the recipient's name.
  case recipientName
  /// Delivery only: waits for the recipient's Kazakhstan mobile number.
  case recipientPhone
  /// Waits for a postcard text or "no postcard".
  case postcard
  /// Delivery only: waits for "from me" or "anonymous".
  case anonymity
  /// Delivery with a known address only: waits for "call the recipient first" or "surprise".
  case surprise
  /// Waits for the customer's own phone (contact button or typed).
  case customerPhone
  /// Waits for a payment method the shop accepts.
  case payment
  /// Shows the summary with the total and waits for confirm, edit or cancel.
  case summary
  /// Waits for which field of the summary to change.
  case editing
}

/// A group of answers the customer can change from the summary.
public enum EditableField: String, Codable, Sendable, CaseIterable {
  case bouquet, fulfilment, dateTime, address, recipient, postcard, anonymity, surprise, phone, payment
}
