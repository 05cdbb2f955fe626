/// `getMe`: the bot's own user; the cheapest way to check a token.
public struct GetMe: TelegramMethod {
  public typealias Response = User
  public static let name = "getMe"

  /// Creates a `getMe` call.
  public init() {}
}
