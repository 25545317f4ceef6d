import ParleyCore

/// The domains whose tools ship with Parley, by name.
public enum BuiltinDomains {
    /// The built-in domain called `name`, or nil.
    public static func named(_ name: String) -> Domain? {
        switch name {
        case RetailDomain.domain.name: RetailDomain.domain
        case AirlineDomain.domain.name: AirlineDomain.domain
        default: nil
        }
    }

    /// The names of the built-in domains, sorted.
    public static var names: [String] { [RetailDomain.domain.name, AirlineDomain.domain.name].sorted() }
}
