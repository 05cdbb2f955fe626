import Dialog
import Foundation

/// A parsed request body: JSON fields, or multipart fields and files.
struct RequestForm {
  /// The call's parameters as JSON values (`Any` from JSONSerialization).
  var fields: [String: Any] = [:]
  /// Uploaded files by field name: (file name, bytes).
  var files: [String: (name: String, data: Data)] = [:]
}

enum FormParser {
  /// Fields that multipart sends as JSON text.
  static let jsonFields: Set<String> = [
    "reply_markup", "media", "commands", "scope", "allowed_updates", "entities", "caption_entities",
  ]
  static let integerFields: Set<String> = [
    "chat_id", "message_id", "offset", "limit", "timeout", "reply_to_message_id",
  ]
  static let booleanFields: Set<String> = ["disable_notification", "show_alert", "drop_pending_updates"]

  static func parse(_ request: LoopbackRequest) -> RequestForm? {
    let type = request.header("content-type") ?? ""
    if request.body.isEmpty { return RequestForm() }
    if type.hasPrefix("multipart/form-data") {
      guard
        let boundary = type.components(separatedBy: "boundary=").last?.trimmingCharacters(in: .init(charactersIn: "\""))
      else { return nil }
      return multipart(request.body, boundary: boundary)
    }
    guard let object = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any] else { return nil }
    return RequestForm(fields: object)
  }

  static func multipart(_ body: Data, boundary: String) -> RequestForm? {
    var form = RequestForm()
    let delimiter = Data("--\(boundary)".utf8)
    var parts: [Data] = []
    var rest = body[...]
    while let range = rest.range(of: delimiter) {
      parts.append(Data(rest[rest.startIndex..<range.lowerBound]))
      rest = rest[range.upperBound...]
    }
    for part in parts.dropFirst() {
      guard let headEnd = part.range(of: Data("\r\n\r\n".utf8)) else { continue }
      let head = String(decoding: part[part.startIndex..<headEnd.lowerBound], as: UTF8.self)
      var content = Data(part[headEnd.upperBound...])
      if content.suffix(2) == Data("\r\n".utf8) { content.removeLast(2) }
      guard let name = attribute("name", in: head) else { continue }
      if let fileName = attribute("filename", in: head) {
        form.files[name] = (fileName, content)
        continue
      }
      let text = String(decoding: content, as: UTF8.self)
      form.fields[name] = value(text, field: name)
    }
    return form
  }

  static func value(_ text: String, field: String) -> Any {
    if jsonFields.contains(field), let data = text.data(using: .utf8),
      let json = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
    {
      return json
    }
    if integerFields.contains(field), let number = Int64(text) { return NSNumber(value: number) }
    if booleanFields.contains(field) { return text == "true" }
    return text
  }

  static func attribute(_ name: String, in head: String) -> String? {
    guard let range = head.range(of: " \(name)=\"") ?? head.range(of: ";\(name)=\"") else { return nil }
    let start = range.upperBound
    guard let end = head[start...].firstIndex(of: "\"") else { return nil }
    return String(head[start..<end])
  }
}
