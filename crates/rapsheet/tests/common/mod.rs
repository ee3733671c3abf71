//! Test support: a small PDF writer that prints text lines in Courier, page
//! by page, the way a RAP sheet printout looks, so that tests can make real
//! PDFs (and, through pdftoppm, real page images) of generated sheets.

#![allow(dead_code)]

/// Write `text` as a PDF with a text layer, `per_page` lines a page. Each
/// later page repeats the first `repeat` lines (the transmission header)
/// and every page ends with `Page n of m`.
pub fn pdf(text: &str, per_page: usize, repeat: usize) -> Vec<u8> {
    let lines: Vec<&str> = text.lines().collect();
    let header: Vec<&str> = lines.iter().take(repeat).copied().collect();
    let mut pages: Vec<Vec<String>> = Vec::new();
    let mut rest = &lines[..];
    let mut first = true;
    while !rest.is_empty() || first {
        let mut page: Vec<String> = Vec::new();
        if !first {
            page.extend(header.iter().map(|l| l.to_string()));
        }
        let room = per_page.saturating_sub(page.len()).max(1);
        let take = room.min(rest.len());
        page.extend(rest[..take].iter().map(|l| l.to_string()));
        rest = &rest[take..];
        pages.push(page);
        first = false;
    }
    let total = pages.len();
    for (i, p) in pages.iter_mut().enumerate() {
        p.push(String::new());
        p.push(format!("Page {} of {total}", i + 1));
    }

    let mut objects: Vec<String> = Vec::new();
    // 1: catalog, 2: pages, 3: font; then page/content pairs.
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    let kids: Vec<String> = (0..total).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push(format!(
        "<< /Type /Pages /Kids [{}] /Count {total} >>",
        kids.join(" ")
    ));
    objects.push(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>".into(),
    );
    for (i, p) in pages.iter().enumerate() {
        let mut content = String::from("BT /F1 9 Tf 10 TL 36 760 Td\n");
        for line in p {
            let escaped = line
                .replace('\\', "\\\\")
                .replace('(', "\\(")
                .replace(')', "\\)");
            content.push_str(&format!("({escaped}) Tj T*\n"));
        }
        content.push_str("ET");
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len() + 1
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// True when a system command is on the PATH.
pub fn have(cmd: &str) -> bool {
    std::process::Command::new(cmd)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success() || !o.stdout.is_empty() || !o.stderr.is_empty())
}

/// Render every page of a PDF to images with pdftoppm (`png` or `jpeg`) at
/// `dpi`; returns the image files' bytes in page order.
pub fn page_images(pdf: &[u8], format: &str, dpi: u32) -> Vec<Vec<u8>> {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("in.pdf");
    std::fs::write(&input, pdf).expect("write pdf");
    let status = std::process::Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), &format!("-{format}")])
        .arg(&input)
        .arg(dir.path().join("page"))
        .status()
        .expect("run pdftoppm");
    assert!(status.success());
    let mut files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("page"))
        })
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read(f).expect("read image"))
        .collect()
}

/// A PDF made only of page images (a scan): each JPEG embedded as-is.
pub fn scanned_pdf(jpegs: &[Vec<u8>], width: u32, height: u32) -> Vec<u8> {
    let mut objects: Vec<Vec<u8>> = Vec::new();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = (0..jpegs.len())
        .map(|i| format!("{} 0 R", 3 + 3 * i))
        .collect();
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            jpegs.len()
        )
        .into_bytes(),
    );
    for (i, jpeg) in jpegs.iter().enumerate() {
        let page = 3 + 3 * i;
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 {} 0 R >> >> /Contents {} 0 R >>",
                page + 1,
                page + 2
            )
            .into_bytes(),
        );
        let mut img = format!(
            "<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {} >>\nstream\n",
            jpeg.len()
        )
        .into_bytes();
        img.extend_from_slice(jpeg);
        img.extend_from_slice(b"\nendstream");
        objects.push(img);
        let content = "q 612 0 0 792 0 0 cm /Im0 Do Q";
        objects.push(
            format!(
                "<< /Length {} >>\nstream\n{content}\nendstream",
                content.len()
            )
            .into_bytes(),
        );
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}
