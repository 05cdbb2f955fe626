import Dialog
import FlowerShop
import Flows
import Foundation

/// Finds what the bot needs on disk: the locales and the shop.
enum Paths {
  /// `--locales` if given; else `locales/` in the working directory; else the nearest
  /// `locales/` above the executable (the repository when run from `.build/`).
  static func localesDirectory(_ explicit: String?) throws -> URL {
    if let explicit { return URL(fileURLWithPath: explicit) }
    let fm = FileManager.default
    let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("locales")
    if fm.fileExists(atPath: cwd.appendingPathComponent("ru.ftl").path) { return cwd }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("locales")
      if fm.fileExists(atPath: candidate.appendingPathComponent("ru.ftl").path) { return candidate }
      directory.deleteLastPathComponent()
    }
    throw CLIError.localesNotFound
  }

  /// The shop from `--config`, or the embedded demo shop.
  static func configuration(config: String?, locales: String?) throws -> BotConfiguration {
    let localizer = try Localizer(directory: try localesDirectory(locales))
    if let config {
      let url = URL(fileURLWithPath: config)
      return BotConfiguration(
        shop: try ShopConfigurationLoader.load(from: url), imageDirectory: url.deletingLastPathComponent(),
        localizer: localizer)
    }
    return BotConfiguration(
      shop: try DemoShop.configuration(), imageDirectory: try DemoShop.directory, localizer: localizer)
  }
}

enum CLIError: Error, CustomStringConvertible {
  case localesNotFound
  case databaseMissing(String)

  var description: String {
    switch self {
    case .localesNotFound: "locales/ not found: run from the repository or pass --locales PATH"
    case .databaseMissing(let path): "no database at \(path)"
    }
  }
}
