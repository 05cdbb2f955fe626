/// A phone contact shared in a message.
public struct Contact: Codable, Sendable, Equatable {
  /// The phone number as Telegram sent it (not normalized).
  public var phoneNumber: String
  /// The contact's first name.
  public var firstName: String
  /// The contact's last name, if any.
  public var lastName: String?
  /// The contact's Telegram user id; present when the contact is a Telegram user.
  /// Compare it with the sender's id before trusting the number as the sender's own.
  public var userID: Int64?

  enum CodingKeys: String, CodingKey {
    case phoneNumber = "phone_number"
    case firstName = "first_name"
    case lastName = "last_name"
    case userID = "user_id"
  }

  /// Creates a contact value.
  public init(phoneNumber: String, firstName: String, lastName: String? = nil, userID: Int64? = nil) {
    self.phoneNumber = phoneNumber
    self.firstName = firstName
    self.lastName = lastName
    self.userID = userID
  }
}

/// A point on the map.
public struct Location: Codable, Sendable, Equatable {
  /// Latitude in degrees.
  public var latitude: Double
  /// Longitude in degrees.
  public var longitude: Double

  /// Creates a location value.
  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }
}

/// A special span of a message text or caption (command, link, mention…).
public struct MessageEntity: Codable, Sendable, Equatable {
  /// Entity kind such as `"bot_command"`, `"url"` or `"mention"`; a string so new kinds decode.
  public var type: String
  /// Offset in UTF-16 code units to the start of the entity.
  public var offset: Int
  /// Length of the entity in UTF-16 code units.
  public var length: Int

  /// Creates an entity value.
  public init(type: String, offset: Int, length: Int) {
    self.type = type
    self.offset = offset
    self.length = length
  }
}
