import CCurl

/// The result of `curl_global_init`, which must run exactly once before any
/// other curl call. A global `let` is initialised lazily, once, and
/// thread-safely; ``CurlLoop`` reads it before creating its multi handle.
let curlGlobalInitResult: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))
