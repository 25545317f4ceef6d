import ParleyCore

/// Parameters several retail tools share, described once.
enum RetailParameters {
    static let orderID = ToolParameter("order_id", .string, "The order id, which starts with '#', e.g. '#W1234567'.")

    /// The six fields of a postal address, as the address tools take them.
    static let address = [
        ToolParameter("address1", .string, "First address line, e.g. '12 Oak Street'."),
        ToolParameter("address2", .string, "Second address line, e.g. 'Apt 4', or '' when there is none."),
        ToolParameter("city", .string, "City, e.g. 'Denver'."),
        ToolParameter("state", .string, "State, e.g. 'CO'."),
        ToolParameter("country", .string, "Country, e.g. 'USA'."),
        ToolParameter("zip", .string, "Zip code, e.g. '80202'."),
    ]
}
