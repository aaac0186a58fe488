import ContactCenter
import Routing
import ScenarioFiles
import Testing

/// Returning visitors and visitor attributes in scenario files: `visitors.returning` and
/// `visitors.attributes`.
struct VisitorKeysTests {
    func load(_ visitorLines: String, blocking: String = "") throws -> Scenario {
        let text = Fixtures.validYAML + "\n" + visitorLines + "\n" + blocking
        return try ScenarioLoader.parse(text, fileName: "x.yaml", format: .yaml)
    }

    func issues(_ visitorLines: String, blocking: String = "") -> [String] {
        Fixtures.issues(in: Fixtures.validYAML + "\n" + visitorLines + "\n" + blocking).map(\.description)
    }

    @Test func everyKeyIsRead() throws {
        let scenario = try load("""
            visitors:
              returning: 20%
              attributes:
                addresses: 198.51.100.0 - 198.51.100.255
                location: {"Paris, Ile-de-France, France": 2, "Lyon, Auvergne-Rhone-Alpes, France": 1}
                browser: {Chrome: 60, Safari: 25, Firefox: 15}
                browserLanguage: {fr-FR: 1}
                platform: {Win32: 3, MacIntel: 1}
                screenResolution: {1920x1080: 1}
                userAgent: {"Mozilla/5.0 (X11; Linux x86_64)": 1}
                referrer: {"https://www.example.fr/": 0.5}
                network: {Orange: 1, Free SAS: 1}
            """)
        let visitors = scenario.visitors
        #expect(visitors.returningShare == 0.2)
        let attributes = visitors.attributes
        #expect(attributes.addresses == IPAddress("198.51.100.0")!...IPAddress("198.51.100.255")!)
        #expect(attributes[.browser] == [Scenario.WeightedValue("Chrome", weight: 60),
                                         Scenario.WeightedValue("Safari", weight: 25),
                                         Scenario.WeightedValue("Firefox", weight: 15)], "in file order")
        #expect(attributes[.location].map(\.value)
                == ["Paris, Ile-de-France, France", "Lyon, Auvergne-Rhone-Alpes, France"])
        #expect(attributes[.browserLanguage] == [Scenario.WeightedValue("fr-FR", weight: 1)])
        #expect(attributes[.platform].map(\.weight) == [3, 1])
        #expect(attributes[.screenResolution].map(\.value) == ["1920x1080"])
        #expect(attributes[.userAgent].map(\.value) == ["Mozilla/5.0 (X11; Linux x86_64)"])
        #expect(attributes[.referrer] == [Scenario.WeightedValue("https://www.example.fr/", weight: 0.5)])
        #expect(attributes[.network].map(\.value) == ["Orange", "Free SAS"])
    }

    @Test func omittedKeysTakeTheirDefaults() throws {
        let standard = Scenario.VisitorAttributes.standard
        let plain = try load("visitors: { patience: none }")
        #expect(plain.visitors.returningShare == 0 && plain.visitors.attributes == standard)
        let some = try load("visitors: { attributes: { browser: {Chrome: 1} } }")
        var expected = standard
        expected[.browser] = [Scenario.WeightedValue("Chrome", weight: 1)]
        #expect(some.visitors.attributes == expected)
        #expect(standard.addresses == IPAddress("100.64.0.0")!...IPAddress("100.127.255.255")!)
        for attribute in VisitorAttribute.allCases {
            #expect(!standard[attribute].isEmpty && standard[attribute].allSatisfy { $0.weight > 0 && !$0.value.isEmpty })
        }
    }

    @Test func badValuesAreLocated() {
        #expect(issues("visitors: { returning: 120% }")
                == ["x.yaml:15:24: visitors.returning: expected a probability from 0 to 1 or a percentage from 0% to 100%, found \"120%\""])
        #expect(issues("visitors: { attributes: { browser: {Chrome: 0} } }")
                == ["x.yaml:15:45: visitors.attributes.browser.Chrome: expected a weight > 0, like 2 or 0.5, found \"0\""])
        #expect(issues("visitors: { attributes: { browser: [Chrome] } }")
                == ["x.yaml:15:36: visitors.attributes.browser: expected a mapping of values to weights, like {Chrome: 60, Safari: 25, Firefox: 15}, found a list"])
        #expect(issues("visitors: { attributes: { browser: {} } }")
                == ["x.yaml:15:36: visitors.attributes.browser: expected at least one value with its weight"])
        #expect(issues("visitors: { attributes: { browsers: {Chrome: 1} } }")
                == ["x.yaml:15:27: visitors.attributes.browsers: unknown key \"browsers\"; did you mean \"browser\"?"])
        #expect(issues("visitors: { attributes: { addresses: 198.51.100.300 } }").first?
            .hasPrefix("x.yaml:15:38: visitors.attributes.addresses: expected an IPv4 or IPv6 address") == true)
    }

    @Test func addressesMustBeIPv4AndNotAllBlocked() {
        #expect(issues("visitors: { attributes: { addresses: 2001:db8::/64 } }")
                == ["x.yaml:15:38: visitors.attributes.addresses: expected a range of IPv4 addresses, found 2001:db8:: - 2001:db8::ffff:ffff:ffff:ffff"])
        #expect(issues("visitors: { attributes: { addresses: 198.51.100.0/25 } }", blocking: "blocking: [198.51.100.0/24]")
                == ["x.yaml:15:38: visitors.attributes.addresses: every address of 198.51.100.0 - 198.51.100.127 is blocked by the rules under blocking"])
        #expect(issues("visitors: { attributes: { addresses: 198.51.100.0/24 } }", blocking: "blocking: [198.51.100.0/25]")
                .isEmpty, "half the range is free")
    }
}
