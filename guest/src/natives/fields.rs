//! Packed `fields` (http.wit): request and response heads cross as one list of
//! length-prefixed strings, not one allocation per string.

/// Appends one field: its byte length (u32, little-endian), then its bytes.
pub fn put(out: &mut Vec<u8>, field: &[u8]) {
    out.extend_from_slice(&(field.len() as u32).to_le_bytes());
    out.extend_from_slice(field);
}

/// The fields of a packed list, in order. A truncated field ends the list.
pub struct Fields<'a>(pub &'a [u8]);

impl<'a> Iterator for Fields<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let (len, rest) = self.0.split_first_chunk::<4>()?;
        let field = rest.get(..u32::from_le_bytes(*len) as usize)?;
        self.0 = &rest[field.len()..];
        Some(field)
    }
}
