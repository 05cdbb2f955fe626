import Foundation
import Logging

/// One log line before it is written, and its two renderings.
public struct LogLine: Sendable, Equatable {
  public var timestamp: Date
  public var level: Logger.Level
  public var label: String
  public var source: String
  public var message: String
  public var metadata: Logger.Metadata

  public init(
    timestamp: Date, level: Logger.Level, label: String, source: String, message: String, metadata: Logger.Metadata
  ) {
    self.timestamp = timestamp
    self.level = level
    self.label = label
    self.source = source
    self.message = message
    self.metadata = metadata
  }

  static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

  /// `2026-11-27T17:05:00.123Z info flowerbot: chat_id=42 order_id=7 [Dialog] order created`
  public func text() -> String {
    var line = "\(Self.timestampStyle.format(timestamp)) \(level) \(label):"
    for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
      line += " \(key)=\(Self.textValue(value))"
    }
    return line + " [\(source)] \(message)"
  }

  /// `{"timestamp":"…","level":"info","label":"flowerbot","message":"…","metadata":{…}}`
  public func json() -> String {
    var line = "{\"timestamp\":"
    Self.appendJSON(string: Self.timestampStyle.format(timestamp), to: &line)
    line += ",\"level\":"
    Self.appendJSON(string: level.rawValue, to: &line)
    line += ",\"label\":"
    Self.appendJSON(string: label, to: &line)
    line += ",\"message\":"
    Self.appendJSON(string: message, to: &line)
    line += ",\"metadata\":"
    Self.appendJSON(.dictionary(metadata), to: &line)
    return line + "}"
  }

  static func textValue(_ value: Logger.MetadataValue) -> String {
    let text = value.description
    guard text.isEmpty || text.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }) else {
      return text
    }
    var quoted = ""
    appendJSON(string: text, to: &quoted)
    return quoted
  }

  static func appendJSON(_ value: Logger.MetadataValue, to out: inout String) {
    switch value {
    case .string(let text): appendJSON(string: text, to: &out)
    case .stringConvertible(let convertible): appendJSON(string: convertible.description, to: &out)
    case .array(let values):
      out += "["
      for (index, element) in values.enumerated() {
        if index > 0 { out += "," }
        appendJSON(element, to: &out)
      }
      out += "]"
    case .dictionary(let values):
      out += "{"
      for (index, (key, element)) in values.sorted(by: { $0.key < $1.key }).enumerated() {
        if index > 0 { out += "," }
        appendJSON(string: key, to: &out)
        out += ":"
        appendJSON(element, to: &out)
      }
      out += "}"
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func appendJSON(string: String, to out: inout String) {
    out += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
