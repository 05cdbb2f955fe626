/// A mistake in a locale file, with the 1-based line it was found on.
public struct LocaleParseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// 1-based line number in the source.
  public var line: Int
  /// What is wrong, in English (for the developer, never shown to customers).
  public var message: String
  /// The file name when the source was loaded from disk by `Localizer(directory:)`.
  public var file: String?

  public init(line: Int, message: String, file: String? = nil) {
    self.line = line
    self.message = message
    self.file = file
  }

  public var description: String {
    if let file { "\(file):\(line): \(message)" } else { "line \(line): \(message)" }
  }
}
