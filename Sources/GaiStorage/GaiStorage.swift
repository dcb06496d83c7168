/// Store protocols and in-memory stores.
public enum GaiStorage {}
