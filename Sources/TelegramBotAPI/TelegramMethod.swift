/// A Bot API method call: its parameters encode to the request body.
public protocol TelegramMethod: Codable, Sendable, Equatable {
  /// What the `result` field of a successful response holds.
  associatedtype Response: Decodable & Sendable
  /// The method name in the request URL, e.g. `"sendMessage"`.
  static var name: String { get }
  /// The files this call refers to; the client sends the `.upload` ones as multipart parts
  /// named by `InputFile.attachmentName`.
  var inputFiles: [InputFile] { get }
}

extension TelegramMethod {
  /// Most methods carry no files.
  public var inputFiles: [InputFile] { [] }
}
