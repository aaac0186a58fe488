import Routing

/// An attribute a chat platform records about a visitor's browser session, named as the
/// scenario's `visitors.attributes` keys name it.
public enum VisitorAttribute: String, Sendable, CaseIterable {
    /// City, region and country (`Location`).
    case location
    /// Browser name (`Browser`).
    case browser
    /// Language the browser asks for (`BrowserLanguage`).
    case browserLanguage
    /// Operating system (`Platform`).
    case platform
    /// Screen size in pixels (`ScreenResolution`).
    case screenResolution
    /// The browser's user-agent string (`UserAgent`).
    case userAgent
    /// The page the visitor came from (`ReferrerUri`).
    case referrer
    /// The visitor's network provider (`VisitorNetwork`).
    case network
}

extension Scenario {
    /// One value of a visitor attribute and its relative weight.
    public struct WeightedValue: Sendable, Equatable {
        /// The value, as the records show it.
        public var value: String
        /// Relative weight, > 0: a visitor gets the value with probability weight / total weight.
        public var weight: Double

        /// A value with its weight.
        public init(_ value: String, weight: Double) {
            self.value = value
            self.weight = weight
        }
    }

    /// Where new visitors come from and what their browser sessions look like: an inclusive range
    /// of IPv4 addresses, drawn uniformly (skipping the addresses the scenario's blocking rules
    /// refuse), and one weighted mix per ``VisitorAttribute``, each drawn on its own except the
    /// device attributes (see ``drawsDevicesTogether``).
    public struct VisitorAttributes: Sendable, Equatable {
        /// The addresses visitors not marked as blocked come from.
        public var addresses: ClosedRange<IPAddress>
        /// The mix of each attribute, in ``VisitorAttribute/allCases`` order.
        private var mixes: [[WeightedValue]]

        /// Attributes from the address range and the mixes; attributes left out follow ``standard``.
        public init(addresses: ClosedRange<IPAddress>, mixes: [VisitorAttribute: [WeightedValue]] = [:]) {
            self.addresses = addresses
            self.mixes = VisitorAttribute.allCases.map { mixes[$0] ?? Self.standardMixes[$0]! }
        }

        /// The mix of `attribute`.
        public subscript(_ attribute: VisitorAttribute) -> [WeightedValue] {
            get { mixes[Self.position(of: attribute)] }
            set { mixes[Self.position(of: attribute)] = newValue }
        }

        private static func position(of attribute: VisitorAttribute) -> Int {
            VisitorAttribute.allCases.firstIndex(of: attribute)!
        }

        /// What a scenario without `attributes` gets: addresses of the shared address space
        /// `100.64.0.0 - 100.127.255.255` (RFC 6598, never a real visitor's public address) and mixes
        /// of common values.
        public static let standard = VisitorAttributes(
            addresses: IPAddress("100.64.0.0")!...IPAddress("100.127.255.255")!)

        /// The mixes of ``standard``.
        static let standardMixes: [VisitorAttribute: [WeightedValue]] = [
            .location: weighted([
                ("San Francisco, California, United States", 20), ("New York, New York, United States", 20),
                ("Chicago, Illinois, United States", 15), ("London, England, United Kingdom", 15),
                ("Toronto, Ontario, Canada", 10), ("Sydney, New South Wales, Australia", 10),
                ("Berlin, Berlin, Germany", 10),
            ]),
            .browser: devices.map { WeightedValue($0.browser, weight: $0.weight) },
            .browserLanguage: weighted([("en-US", 60), ("en-GB", 15), ("es-ES", 9), ("fr-FR", 8), ("de-DE", 8)]),
            .platform: devices.map { WeightedValue($0.platform, weight: $0.weight) },
            .screenResolution: devices.map { WeightedValue($0.screen, weight: $0.weight) },
            .userAgent: devices.map { WeightedValue($0.userAgent, weight: $0.weight) },
            .referrer: weighted([("https://www.google.com/", 45), ("https://www.example.com/support", 30),
                                 ("https://www.example.com/pricing", 15), ("https://www.bing.com/", 10)]),
            .network: weighted([("Comcast Cable", 25), ("Verizon Fios", 20), ("AT&T Internet", 20),
                                ("BT Broadband", 10), ("Rogers Communications", 10), ("Deutsche Telekom AG", 8),
                                ("Telstra", 7)]),
        ]

        /// The attributes of the visitor's device: by default drawn together, as one device.
        public static let deviceAttributes: [VisitorAttribute] = [.browser, .platform, .screenResolution, .userAgent]

        /// Whether the device attributes are drawn together, one device of the standard mix at a
        /// time (so that a Safari browser comes with a Safari user agent): when the scenario sets
        /// none of them. A scenario that sets any of them gets each drawn from its own mix.
        public var drawsDevicesTogether: Bool {
            Self.deviceAttributes.allSatisfy { self[$0] == Self.standardMixes[$0]! }
        }

        /// The standard devices, each with its share of visitors; the standard mixes of the device
        /// attributes list them in this order.
        static let devices: [(weight: Double, platform: String, browser: String, screen: String, userAgent: String)] = {
            let windows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
            let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
            let chrome = "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
            return [
                (30, "Win32", "Chrome", "1920x1080", "\(windows) \(chrome)"),
                (10, "Win32", "Chrome", "1366x768", "\(windows) \(chrome)"),
                (8, "Win32", "Edge", "1536x864", "\(windows) \(chrome) Edg/120.0.0.0"),
                (5, "Win32", "Firefox", "1920x1080", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"),
                (12, "MacIntel", "Safari", "1440x900", "\(mac) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"),
                (8, "MacIntel", "Chrome", "2560x1440", "\(mac) \(chrome)"),
                (15, "iPhone", "Safari", "390x844",
                 "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/17.1 Mobile/15E148 Safari/604.1"),
                (10, "Linux armv8l", "Chrome", "412x915",
                 "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/120.0.0.0 Mobile Safari/537.36"),
                (2, "Linux x86_64", "Firefox", "1920x1080", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"),
            ]
        }()

        private static func weighted(_ pairs: [(String, Double)]) -> [WeightedValue] {
            pairs.map { WeightedValue($0.0, weight: $0.1) }
        }
    }
}
