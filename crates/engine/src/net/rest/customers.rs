//! Guests by customer id (`customers/getAll`), for the names and
//! classifications the desk sees. What comes back is personal data: the
//! caller keeps it in memory only.

use serde_json::json;

use super::{MAX_PAGE, RestClient, RestError};
use monitor_core::protocol::CustomerRecord;
use monitor_core::protocol::lookups::parse_customers;

/// The operation.
pub const CUSTOMERS: &str = "customers/getAll";

/// The most pages asked for one batch of ids.
const MAX_PAGES_PER_BATCH: usize = 2;

/// The request body for up to [`MAX_PAGE`] ids, one page (without tokens):
/// customers only, no documents or addresses.
fn body(ids: &[String], cursor: Option<&str>) -> serde_json::Value {
    json!({
        "CustomerIds": ids,
        "Extent": {"Customers": true, "Documents": false, "Addresses": false},
        "Limitation": {"Count": MAX_PAGE, "Cursor": cursor},
    })
}

impl RestClient {
    /// The customers with these ids, asked for at most 1,000 at a time. Ids
    /// Mews does not return (removed or merged customers) are simply absent.
    pub async fn customers(&self, ids: &[String]) -> Result<Vec<CustomerRecord>, RestError> {
        let mut found = Vec::new();
        for batch in ids.chunks(MAX_PAGE) {
            let mut cursor: Option<String> = None;
            // A batch of at most 1,000 ids fits one page; a second page is the most
            // a server that pages oddly may take.
            for _ in 0..MAX_PAGES_PER_BATCH {
                let page =
                    parse_customers(&self.call(CUSTOMERS, body(batch, cursor.as_deref())).await?)?;
                // With a Limitation Mews always sends a Cursor: a short page is the last.
                let full = page.items.len() >= MAX_PAGE;
                found.extend(page.items);
                match page.cursor {
                    Some(next) if full && cursor.as_deref() != Some(next.as_str()) => {
                        cursor = Some(next)
                    }
                    _ => break,
                }
            }
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_asks_for_customers_only_by_id() {
        let ids = vec!["c1".to_owned(), "c2".to_owned()];
        let request = body(&ids, Some("c1"));
        assert_eq!(request["CustomerIds"], json!(["c1", "c2"]));
        assert_eq!(request["Extent"]["Customers"], true);
        assert_eq!(request["Extent"]["Documents"], false);
        assert_eq!(
            request["Limitation"],
            json!({"Count": 1000, "Cursor": "c1"})
        );
    }
}
