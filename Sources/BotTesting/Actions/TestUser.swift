import TelegramBotAPI

/// A person in a transcript or the console: a short name ("customer") for a Telegram user.
public struct TestUser: Sendable, Equatable {
  /// The name used in `NAME> action` lines and in `bot → NAME` headers.
  public var name: String
  /// The Telegram user id, also the id of the user's private chat with the bot.
  public var userID: Int64
  public var firstName: String
  public var languageCode: String
  /// The phone shared by `:contact` and by request_contact buttons.
  public var phone: String

  public init(name: String, userID: Int64, firstName: String, languageCode: String = "ru", phone: String) {
    self.name = name
    self.userID = userID
    self.firstName = firstName
    self.languageCode = languageCode
    self.phone = phone
  }

  public static let customer = TestUser(
    name: "customer", userID: 1001, firstName: "Aigerim", phone: "+77015211545")
  public static let florist = TestUser(name: "florist", userID: 2001, firstName: "Daniyar", phone: "+77015211546")
  public static let admin = TestUser(name: "admin", userID: 1000, firstName: "Asel", phone: "+77015211547")

  /// The users every console session and transcript starts with.
  public static let defaults: [TestUser] = [.customer, .florist, .admin]

  /// The user as Telegram describes them in updates.
  public var telegramUser: User {
    User(id: userID, firstName: firstName, languageCode: languageCode)
  }
}

/// An `@user` line: a name and the fields given; the rest take defaults when declared.
public struct UserDeclaration: Sendable, Equatable {
  public var name: String
  public var userID: Int64?
  public var firstName: String?
  public var languageCode: String?
  public var phone: String?

  public init(
    name: String, userID: Int64? = nil, firstName: String? = nil, languageCode: String? = nil, phone: String? = nil
  ) {
    self.name = name
    self.userID = userID
    self.firstName = firstName
    self.languageCode = languageCode
    self.phone = phone
  }
}

/// The users known by name, in declaration order.
public struct UserRoster: Sendable, Equatable {
  public private(set) var users: [TestUser]

  public init(_ users: [TestUser] = TestUser.defaults) { self.users = users }

  public subscript(name: String) -> TestUser? { users.first { $0.name == name } }

  public func user(id: Int64) -> TestUser? { users.first { $0.userID == id } }

  public var names: [String] { users.map(\.name) }

  /// Adds a user, or changes the given fields of the one with the same name. Defaults for a new
  /// user: the first id from 1001 not taken, first name = the name, language "ru", phone
  /// "+7701521154" + the id's last digit.
  @discardableResult
  public mutating func declare(_ declaration: UserDeclaration) -> TestUser {
    let existing = self[declaration.name]
    let others = users.filter { $0.name != declaration.name }
    let taken = Set(others.map(\.userID))
    let id = declaration.userID ?? existing?.userID ?? (Int64(1001)...).first { !taken.contains($0) } ?? 1001
    let user = TestUser(
      name: declaration.name, userID: id, firstName: declaration.firstName ?? existing?.firstName ?? declaration.name,
      languageCode: declaration.languageCode ?? existing?.languageCode ?? "ru",
      phone: declaration.phone ?? existing?.phone ?? "+7701521154\(id % 10)")
    if let index = users.firstIndex(where: { $0.name == declaration.name }) {
      users[index] = user
    } else {
      users.append(user)
    }
    return user
  }
}
