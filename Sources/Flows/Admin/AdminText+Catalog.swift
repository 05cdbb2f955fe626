import Dialog
import FlowerShop

extension AdminText {
  static func money(_ money: Money) -> LocaleArgument { .string(money.formatted) }

  /// `/stats`: orders today and this week, revenue, average, the funnel, photos, audience.
  static func stats(_ s: ShopStats, blocked: Int, optedOut: Int) -> Reply {
    func period(_ key: L10n, _ f: OrderFigures) -> Text {
      self.key(
        key, ["count": .number(f.orders), "revenue": money(f.revenue), "average": .string(f.average?.formatted ?? "—")])
    }
    let conversion = s.orderingStarts == 0 ? "—" : "\(min(100, s.confirmedThisWeek * 100 / s.orderingStarts)) %"
    let approval = s.firstPhotosDecided == 0 ? "—" : "\(s.firstPhotosApproved * 100 / s.firstPhotosDecided) %"
    return Reply(
      .lines([
        key(.statsTitle), period(.statsToday, s.today), period(.statsWeek, s.week),
        key(
          .statsConversion,
          [
            "started": .number(s.orderingStarts), "confirmed": .number(s.confirmedThisWeek),
            "rate": .string(conversion),
          ]),
        key(
          .statsPhotoApproval,
          [
            "approved": .number(s.firstPhotosApproved), "decided": .number(s.firstPhotosDecided),
            "rate": .string(approval),
          ]),
        key(.statsAudience, ["blocked": .number(blocked), "opted": .number(optedOut)]),
      ]))
  }

  /// `/products`: every product by category with its id, price and whether it is shown.
  static func products(_ catalog: Catalog) -> Reply {
    var lines: [Text] = [key(.productsTitle, ["count": .number(catalog.products.count)])]
    for category in catalog.categories {
      let products = catalog.products.values.filter { $0.category == category.id }
      guard !products.isEmpty else { continue }
      lines += [.verbatim(""), key(.productsCategory, ["category": .string(category.title)])]
      for p in products.sorted(by: { $0.id < $1.id }) {
        lines.append(
          key(
            p.available ? .productsEntry : .productsEntryHidden,
            ["id": .number(Int(p.id.rawValue)), "title": .string(p.title), "price": money(p.price)]))
      }
    }
    lines += [.verbatim(""), key(.productUsage)]
    return Reply(.lines(lines))
  }

  static func productAdded(_ p: Product) -> Reply {
    Reply(key(.productAdded, ["id": .number(Int(p.id.rawValue)), "title": .string(p.title), "price": money(p.price)]))
  }

  static func productChanged(_ p: Product, _ change: ProductChange) -> Reply {
    let arguments: [String: LocaleArgument] = [
      "id": .number(Int(p.id.rawValue)), "title": .string(p.title), "price": money(p.price),
    ]
    switch change {
    case .hide: return Reply(key(.productHidden, arguments))
    case .show: return Reply(key(.productShown, arguments))
    case .price: return Reply(key(.productPriceChanged, arguments))
    }
  }
}
