import GaiCore
import Testing

@Suite struct SecretRedactorTests {
    @Test(arguments: [
        ("key sk-proj-abcdefghijklmnopqrstuvwxyz123456 end", "key [REDACTED] end"),
        ("sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv_wx-yz", "[REDACTED]"),
        ("gai-0123456789abcdef0123", "[REDACTED]"),
        ("Authorization: Bearer eyJhbGciOi.JIUzI1Ni/J9+xx==", "Authorization: Bearer [REDACTED]"),
        ("bearer   abcdefgh12345678", "bearer   [REDACTED]"),
        ("aws AKIAIOSFODNN7EXAMPLE!", "aws [REDACTED]!"),
        ("AIzaSyA-1234567890abcdefghijklmnopqrstu", "[REDACTED]"),
        ("two: sk-aaaaaaaaaaaaaaaaaaaaaaaa, gai-bbbbbbbbbbbbbbbbbbbbbbbb.", "two: [REDACTED], [REDACTED]."),
        ("ünïcödé sk-aaaaaaaaaaaaaaaaaaaaaaaa ✓", "ünïcödé [REDACTED] ✓"),
    ])
    func redactsSecretsInText(input: String, expected: String) {
        #expect(SecretRedactor.redact(input) == expected)
    }

    @Test(arguments: [
        "sk-short",
        "task-abcdefghijklmnopqrstuvwxyz",
        "gai-short-name",
        "Bearer short",
        "Bearer",
        "AKIA-not-a-key",
        "AKIAIOSFODNN7",
        "AIzaTooShort",
        "plain text with no secrets, not even one",
        "",
    ])
    func leavesOrdinaryTextAlone(input: String) {
        #expect(SecretRedactor.redact(input) == input)
    }

    @Test(arguments: [
        (#"{"model":"m","api_key":"abc"}"#, #"{"api_key":"[REDACTED]","model":"m"}"#),
        (#"{"API-KEY":1,"Authorization":{"x":"y"},"x-api-key":null}"#, #"{"API-KEY":"[REDACTED]","Authorization":"[REDACTED]","x-api-key":"[REDACTED]"}"#),
        (#"{"db_password":"p","clientSecretValue":"s","token":"t","access_token":"a","refresh_token":"r"}"#,
         #"{"access_token":"[REDACTED]","clientSecretValue":"[REDACTED]","db_password":"[REDACTED]","refresh_token":"[REDACTED]","token":"[REDACTED]"}"#),
        (#"{"max_tokens":5,"messages":[{"role":"user","content":"my key is sk-abcdefghijklmnopqrstuvwx"}]}"#,
         #"{"max_tokens":5,"messages":[{"content":"my key is [REDACTED]","role":"user"}]}"#),
        (#"{"n":1.5,"ok":true,"list":[1,"Bearer abcdefghijk",null],"url":"https://x/y"}"#,
         #"{"list":[1,"Bearer [REDACTED]",null],"n":1.5,"ok":true,"url":"https://x/y"}"#),
        (#"["sk-abcdefghijklmnopqrstuvwx"]"#, #"["[REDACTED]"]"#),
        // Scalars keep their JSON type: a boolean is not read as a number, nor a number as a boolean.
        (#"{"b":true,"f":false,"i":1,"z":0,"d":-2.25,"s":"1"}"#, #"{"b":true,"d":-2.25,"f":false,"i":1,"s":"1","z":0}"#),
    ])
    func redactsJSONBodies(input: String, expected: String) {
        #expect(SecretRedactor.redactJSONBody(Array(input.utf8)) == expected)
    }

    @Test(arguments: [
        ("{not json sk-abcdefghijklmnopqrstuvwx", 37),
        ("", 0),
    ])
    func neverReturnsAnUnparseableBody(input: String, byteCount: Int) {
        #expect(SecretRedactor.redactJSONBody(Array(input.utf8)) == "[unparseable body: \(byteCount) bytes]")
    }
}
