package vn.cchc.orgunit.web;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.orgunit.OrgUnit;
import vn.cchc.orgunit.UnitImport;
import vn.cchc.spreadsheet.SheetImport;
import vn.cchc.spreadsheet.XlsxTemplates;

/** /admin/units/import: a province's units from one XLSX (all or none), and its blank template. */
@Controller
@RequestMapping("/admin/units/import")
class AdminUnitImportController {

    private final UnitImport unitImport;
    private final SheetImport sheetImport;

    AdminUnitImportController(UnitImport unitImport, SheetImport sheetImport) {
        this.unitImport = unitImport;
        this.sheetImport = sheetImport;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("importErrors", List.of());
        return "admin/unit-import";
    }

    @PostMapping
    String importFile(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        SheetImport.Outcome<List<OrgUnit>> outcome = sheetImport.run(file, unitImport::importSheet);
        if (outcome.succeeded()) {
            redirect.addFlashAttribute("success", "Đã nhập " + outcome.saved().size() + " đơn vị.");
            return "redirect:/admin/units";
        }
        model.addAttribute("importErrors", outcome.problems());
        return "admin/unit-import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"don-vi-mau.xlsx\"")
                .contentType(MediaType.parseMediaType(XlsxTemplates.CONTENT_TYPE))
                .body(unitImport.template());
    }
}
