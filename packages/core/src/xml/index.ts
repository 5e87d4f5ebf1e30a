// The one safe XML parser configuration (fast-xml-parser underneath), kept out of the main entry for its size.
export {};
