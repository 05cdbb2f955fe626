extension CatalogImportFile {
  /// RFC 4180 CSV: a header row, fields separated by commas, quoted fields may hold commas,
  /// newlines and doubled quotes.
  static func csvRecords(_ text: String) throws(CatalogImportError) -> [[String: String]] {
    let rows = parseCSV(text).filter { !($0.count == 1 && $0[0].isEmpty) }
    guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else { return [] }
    return try rows.dropFirst().enumerated().map { (n, row) throws(CatalogImportError) in
      guard row.count <= header.count else {
        throw .invalid(item: n + 1, "\(row.count) fields, header has \(header.count)")
      }
      var record: [String: String] = [:]
      for (key, value) in zip(header, row) { record[key] = value }
      return record
    }
  }

  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.replacingOccurrences(of: "\r\n", with: "\n")).makeIterator()
    var pending: Character? = nil
    while let c = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          let next = iterator.next()
          if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
        } else {
          field.append(c)
        }
        continue
      }
      switch c {
      case "\"": quoted = true
      case ",": row.append(field); field = ""
      case "\n": row.append(field); rows.append(row); row = []; field = ""
      default: field.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
  }
}
