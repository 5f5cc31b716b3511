package vn.cchc.rendering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2023 annual CCHC report of xã Liên Mạc (docs/reference/bao-cao-cchc-lien-mac-2023.txt), built by
 * hand as the composer will build it from the records: every section I–V with its headings, the prose as
 * printed (typos of the source kept), the one-stop row, the signer and the recipients. The extracted
 * reference has no appendix, so the three appendix rows are illustrative, made from documents it cites.
 */
public final class LienMac2023Fixture {

    public static final DossierRow LIEN_MAC_ROW =
            DossierRow.of("01", "Liên Mạc", 2579L, 2551L, 25L, 3L, 2576L, 2569L, 7L, 0L, 3L, 3L, 0L);

    static final Block.DossierTable DOSSIER = new Block.DossierTable(null, List.of(LIEN_MAC_ROW));

    private LienMac2023Fixture() {}

    public static ReportDocument report() {
        return new ReportDocument(
                letterhead(),
                "BÁO CÁO",
                List.of("Kết quả công tác cải cách hành chính", "trên địa bàn xã Liên Mạc năm 2023"),
                "(từ ngày 10/12/2022 đến ngày 09/12/2023)",
                body(),
                signature(),
                recipients(),
                appendix());
    }

    public static Letterhead letterhead() {
        return new Letterhead(
                "UBND HUYỆN THANH HÀ", "UBND XÃ LIÊN MẠC", "85/BC-UBND", "Liên Mạc", LocalDate.of(2023, 12, 10));
    }

    public static Signature signature() {
        return new Signature("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Phạm Văn Cảnh");
    }

    public static List<String> recipients() {
        return List.of(
                "- UBND huyện;",
                "- Phòng Nội vụ huyện;",
                "- TT Đảng ủy – TTHĐND xã;",
                "- Các CC chuyên môn",
                "- Lưu: VT.");
    }

    public static Appendix appendix() {
        return new Appendix(
                "Kết quả thực hiện nhiệm vụ được UBND, Chủ tịch UBND huyện giao năm 2023",
                "(Kèm theo Báo cáo số 85/BC-UBND ngày 10/12/2023 của UBND xã Liên Mạc)",
                Appendix.taskColumns(),
                List.of(
                        List.of(
                                "1",
                                "Triển khai thực hiện chế độ báo cáo cải cách hành chính định kỳ",
                                "UBND huyện; Công văn số 126/UBND-NV ngày 06/03/2023",
                                "10/12/2023",
                                "Hoàn thành đúng hạn (Báo cáo số 85/BC-UBND ngày 10/12/2023)"),
                        List.of(
                                "2",
                                "Rà soát, đánh giá, đơn giản hóa thủ tục hành chính năm 2023",
                                "UBND huyện",
                                "30/06/2023",
                                "Hoàn thành đúng hạn (Báo cáo số 43/BC-UBND ngày 05/6/2023)"),
                        List.of(
                                "3",
                                "Tự đánh giá, chấm điểm chỉ số cải cách hành chính năm 2023",
                                "Phòng Nội vụ huyện",
                                "31/10/2023",
                                "Hoàn thành đúng hạn (Công văn số 47/UBND-VP ngày 19/10/2023)")));
    }

    public static List<Block> body() {
        return new Body()
                .body("Thực hiện Công văn số 126/UBND - NV ngày 06 tháng 03 năm 2023 của UBND huyện Thanh Hà về "
                        + "việc triển khai thực hiện chế độ báo cáo cải cách hành chính định kỳ.")
                .body("Uỷ ban nhân dân xã Liên Mạc báo cáo kết quả triển khai, thực hiện nhiệm vụ cải cách hành "
                        + "chính (CCHC) trên địa bàn xã Liên Mạc năm 2023 như sau:")
                .h1("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH")
                .dash("UBND xã Liên Mạc đã ban hành Kế hoạch số 36/KH-UBND ngày 30/12/2023 về cải cách hành chính nhà "
                        + "nước xã Liên Mạc năm 2023, khung Kế hoạch thực hiện cải cách hành chính nhà nước xã Liên "
                        + "Mạc năm 2023 và tổ chức thực hiện theo Kế hoạch. Phân công nhiệm vụ, trách nhiệm cho từng "
                        + "công chức chuyên môn, làm cơ sở cho các công chức chủ động trong triển khai tổ chức thực "
                        + "hiện.")
                .dash("Để triển khai thực hiện tốt các hoạt động tuyên truyền về cải cách hành chính, UBND xã đã ban "
                        + "hành Kế hoạch 09/KH-UBND ngày 13/02/2023 tuyên truyền cải cách hành chính năm 2023 và Kế "
                        + "hoạch số 21/KH-UBND ngày 21/04/2023 về truyền thông công tác kiểm soát TTHC năm 2023. "
                        + "Thường xuyên chỉ đạo công chức Văn hóa xã hội, Đài truyền thanh, các ngành chuyên môn quan "
                        + "tâm triển khai thực hiện công tác tuyên truyền cải cách hành chính bằng nhiều hình thức "
                        + "khác nhau, như: Lồng ghép nội dung tuyên truyền cải cách hành chính vào các buổi họp UBND "
                        + "xã, và các cuộc họp dân chủ ở thôn, sinh hoạt chi bộ; tuyên truyền trên hệ thống đài truyền "
                        + "thanh xã, trang thông tin điện tử của xã nhằm kịp thời quán triệt, phổ biến, tuyên truyền "
                        + "đầy đủ các văn bản của cấp trên và của đơn vị về cải cách hành chính, kiểm soát thủ tục "
                        + "hành chính và thực hiện cơ chế một cửa tới cán bộ, công chức, tổ chức, cá nhân, hội viên "
                        + "các đoàn thể để thuận tiện cho người dân đến giao dịch, giải quyết các thủ tục hành chính, "
                        + "góp phần từng bước nâng cao nhận thức cho đội ngũ cán bộ, công chức, người lao động và nhân "
                        + "dân trên địa bàn xã.")
                .body("UBND xã tuyên truyền về CCHC trên đài truyền thanh với 15 tin bài, viết bài đăng tin trên "
                        + "Trang thông tin điện tử xã; ngoài ra, trên các cuộc họp, hội nghị đều lồng ghép tuyên "
                        + "truyền về công tác CCHC trên địa bàn. Phối hợp với UBMTTQ và các Đoàn thể chính trị xã hội "
                        + "tuyên truyền trong hội nghị của MTTQ và các đoàn thể, tới từng chi hội, từng hội viên.")
                .dash("Uỷ ban nhân dân xã còn ban hành các văn bản tăng cường triển khai thực hiện công tác CCHC cụ "
                        + "thể:")
                .plus("Công văn số 25/UBND-VP ngày 25/4/2023 của UBND xã Liên Mạc về rà soát danh mục TTHC sửa đổi bổ "
                        + "sung thay thế thuộc lĩnh vực Lao động thương binh và xã hội, Lĩnh vực tư pháp.")
                .plus("Kế hoạch số 23/KH-UBND ngày 03/05/2023 về việc khắc phục tồn tại, hạn chế trong công tác cải "
                        + "cách hành chính năm 2022 và nhiệm vụ, giải pháp nâng cao chỉ số CCHC năm 2023")
                .plus("Công văn số 29/UBND-VP ngày 20/5/2023 của UBND xã Liên Mạc về việc thực hiện kế hoạch rà soát "
                        + "đơn giản hóa TTHC trên địa bàn xã Liên Mạc")
                .plus("Công văn số 32/UBND-VP ngày 25/6/2023 của UBND xã Liên Mạc về việc cải cách thủ tục hành chính "
                        + "(TTHC) và cải thiện môi trường kinh doanh.")
                .plus("Công văn số 34/UBND-VP ngày 07/7/2023 của UBND xã Liên Mạc về việc đôn đốc thực hiện một số "
                        + "nhiệm vụ về cải cách thủ tục hành chính.")
                .plus("Công văn số 36/CV-UBND ngày 22/7/2023 của UBND xã Liên Mạc về tăng cường trách nhiệm, nâng cao "
                        + "hiệu quả cải cách thủ tục hành chính, tháo gỡ khó khăn, vướng mắc cho người dân, doanh "
                        + "nghiệp")
                .plus("Công văn số 47/UBND-VP ngày 19/10/2023 của UBND xã Liên Mạc về việc thực hiện tự đánh giá "
                        + "trước điểm số CCHC năm 2023.")
                .dash("Năm 2023 số lượng các cuộc họp, giao ban của UBND xã về công tác cải cách hành chính và các "
                        + "nội dung liên quan đến công tác 13 cuộc. Ngoài ra, các nội dung cải cách hành chính còn "
                        + "được nhắc đến trong các cuộc họp của Đảng ủy, ban ngành đoàn thể.")
                .dash("Công tác tự kiểm tra CCHC: Theo Kế hoạch 11/KH-UBND ngày 16/03/2023 Kế hoạch tự kiểm tra CCHC "
                        + "năm 2023, công tác tự kiểm tra diễn ra vào quý III.")
                .plus("Ngày 12/7/2023 UBND xã ban hành Quyết định số 76/QĐ-UBND về việc thành lập Tổ tự kiểm tra công "
                        + "tác cải cách hành chính trên địa bàn xã năm 2023 và Thông báo số 23/TB-UBND ngày 10/8/2023 "
                        + "về lịch tự kiểm tra thực hiện chương trình cải cách hành chính các lĩnh vực thuộc UBND xã "
                        + "Liên Mạc năm 2023.")
                .plus("Ngày 05/9/2023 UBND xã Liên Mạc ban hành Thông báo số 27/TB- UBND về Thông báo kết quả tự kiểm "
                        + "tra cải cách hành chính của các bộ phận chuyên môn thuộc UBND xã Liên Mạc năm 2023.")
                .dash("Các nhiệm vụ được UBND, Chủ tịch UBND huyện đều được UBND xã triển khai thực hiện và hoàn "
                        + "thành đúng tiến độ.")
                .note("(Có phụ lục kèm theo)")
                .dash("Xây dựng, triển khai thực hiện nghiêm túc Quy chế làm việc, Quy chế Quy chế văn hóa công sở và "
                        + "Quy chế thực hiện dân chủ trong hoạt động của UBND xã.")
                .h1("II.", "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH")
                .h2("1.", "Về cải cách thể chế")
                .dash("Các văn bản ban hành đảm bảo theo đúng quy trình, trình tự thủ tục, đúng thẩm quyền, có nội "
                        + "dung phù hợp.")
                .dash("Việc ban hành văn bản quy phạm pháp luật: Năm 2023, Hội đồng nhân dân, UBND xã không ban hành "
                        + "văn bản Quy phạm pháp luật")
                .dash("Công tác thi hành pháp luật và theo dõi thi hành pháp luật: UBND xã xây dựng Kế hoạch số "
                        + "04/KH-UBND ngày 01/02/2023 về công tác thi hành pháp luật xử lý VPHC năm 2023; Kế hoạch số "
                        + "05/KH-UBND ngày 01/02/2023 về công tác phổ biến giáo dục pháp luật, hòa giải ở cơ sở, xây "
                        + "dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2023; Kế hoạch số 06/KH-UBND ngày 01/02/2023 "
                        + "về theo dõi thi hành pháp luật năm 2023 và chỉ đạo công chức chuyên môn thực hiện đảm bảo "
                        + "đúng kế hoạch.")
                .dash("Công tác tuyên truyền và phổ biến pháp luật quan tâm nhiều hình thức: tuyên truyền trên hệ "
                        + "thống đài truyền thanh xã, thông qua các cuộc họp, sinh hoạt của các ngành, đoàn thể, hội "
                        + "nghị dân chủ thôn và hội nghị trợ giúp pháp lý hàng năm đem lại hiệu quả cao, đã cung cấp "
                        + "những kiến thức pháp luật cần thiết cho người dân trên các lĩnh vực, được nhân dân hưởng "
                        + "ứng tham dự. Tuyên truyền trên trang Thông tin điện tử của xã 15 bài, hệ thống loa truyền "
                        + "thanh 79 lượt. triển khai thực hiện Quyết định số 619/QĐ-TTg ngày 08/5/2017 của Thủ tướng "
                        + "Chính phủ ban hành quy định về xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật;")
                .body("Quyết định số 41/QĐ-UBND ngày 24/04/2023 về việc công nhận tuyên truyền viên pháp luật năm "
                        + "2023. Chủ tịch UBND xã giao cho Tư pháp - hộ tịch trực tiếp chủ trì, đảm nhận công tác này, "
                        + "tham mưu cho UBND xã xử lý các văn bản ban hành trái với quy định về công tác quản lý nhà "
                        + "nước.")
                .dash("Công tác rà soát, hệ thống hóa văn bản quy phạm pháp luật:")
                .body("UBND xã thường xuyên thực hiện công tác rà soát, hệ thống hóa văn bản quy phạm pháp luật của "
                        + "HĐND, UBND xã ban hành để kịp thời phát hiện những văn bản, những quy phạm pháp luật hết "
                        + "hiệu lực hoặc không phù hợp với tình hình thực tế để đình chỉ việc thi hành, bãi bỏ, thay "
                        + "thế, sửa đổi, bổ sung hoặc ban hành văn bản mới; bảo đảm tính hợp Hiến, hợp pháp, thống "
                        + "nhất đồng bộ của hệ thống pháp luật và phù hợp với tình hình phát triển, nâng cao nhận thức "
                        + "của CBCC trong công tác rà soát, hệ thống hóa văn bản quy phạm pháp luật ở địa phương.")
                .body("Ngay từ đầu năm xây dựng kế hoạch và các văn bản ban hành đảm bảo theo đúng quy trình, trình "
                        + "tự thủ tục, đúng thẩm quyền, có nội dung phù hợp.")
                .body("Năm 2023, tổ rà soát và cán bộ Tư pháp đã rà soát được 420 văn bản hành chính do HĐND và UBND "
                        + "xã ban hành. Nhìn chung công tác soạn thảo và ban hành văn bản hành chính đảm bảo tuân thủ "
                        + "chặt chẽ theo trình tự, thủ tục và đúng thẩm quyền đối với từng loại văn bản theo hướng dẫn "
                        + "tại Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính Phủ về công tác Văn thư.")
                .h2("2.", "Cải cách thủ tục hành chính")
                .h2("2.1.", "Kết quả rà soát, đơn giản hóa TTHC")
                .dash("UBND xã đã thực hiện nghiêm túc, đúng quy định việc rà soát đơn giản hóa TTHC. UBND xã đã ban "
                        + "hành Kế hoạch số 37/KH-UBND ngày 30/12/2022 về Rà soát, đơn giản hóa thủ tục hành chính nội "
                        + "bộ cơ quan hành chính nhà nước giai đoạn 2022-2025; Kế hoạch số 10/ KH-UBND ngày 14/03/2023 "
                        + "Kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2023 trên "
                        + "địa bàn xã; Kế hoạch số 16/KH-UBND ngày 30/03/2023 về rà soát, đơn giản hóa thủ tục hành "
                        + "chính trên địa bàn xã.")
                .dash("Chỉ đạo cán bộ chuyên môn thường xuyên chủ động rà soát các TTHC, qua rà soát đã cập nhật, bổ "
                        + "sung kịp thời vào hệ thống các thủ tục theo Quyết định công bố thủ tục hành chính cấp xã và "
                        + "loại bỏ khỏi hệ thống những thủ tục theo Quyết định bãi bỏ thủ tục hành chính cấp xã của "
                        + "UBND tỉnh. Qua rà soát UBND xã xây dựng báo cáo số 06/BC-UBND ngày 08/02/2023 Kết quả thực "
                        + "hiện rà soát, thống kê thủ tục hành chính nội bộ trong hệ thống cơ quan hành chính nhà nước "
                        + "trên địa bàn xã Liên Mạc; Báo cáo số 43/BC-UBND ngày 05/6/2023 về tình hình, kết quả rà "
                        + "soát, đánh giá, đơn giản hóa thủ tục hành chính xã Liên Mạc năm 2023; Báo cáo số 67/BC-UBND "
                        + "ngày 18/7/2023 về kết quả thực hiện rà soát, thống kê TTHC có liên quan đến đời sống người "
                        + "dân hoặc hoạt động sản xuất, kinh doanh của doanh nghiệp trên địa bàn xã Liên Mạc và Báo "
                        + "cáo số 70/BC-UBND ngày 27/7/2023 của UBND xã Liên Mạc về thực hiện công tác kiểm soát TTHC "
                        + "và thực hiện cơ chế 1 cửa, một cửa liên thông tại UBND xã Liên Mạc. Qua các lần rà soát, "
                        + "UBND xã không có đề xuất với cấp trên về phương án đơn giản hóa các thủ tục hành chính.l")
                .dash("Tiếp tục thực hiện công khai TTHC theo các Quyết định công bố TTHC, văn bản chỉ đạo của UBND "
                        + "tỉnh, sở, ngành của tỉnh và UBND Huyện, xã ban hành văn bản chỉ đạo, hướng dẫn bộ phận "
                        + "chuyên môn thực hiện điều chỉnh, cập nhật, công khai TTHC tại Bộ phận tiếp nhận và trả kết "
                        + "quả cấp xã và đăng tải trên Trang thông tin điện tử theo quy định.")
                .h2("2.2.", "Việc công khai TTHC, danh mục TTHC")
                .dash("Tổng hợp cập nhật số lượng TTHC thuộc thẩm quyền của UBND xã:")
                .body("UBND xã thường xuyên tổ chức rà soát, cập nhật, bổ sung, điều chỉnh Bộ TTHC áp dụng cấp xã. "
                        + "UBND xã đã cập nhật, điều chỉnh, bổ sung các TTHC theo quyết định của UBND tỉnh Hải Dương.")
                .body("Năm 2023 UBND xã ban hành:")
                .plus("Thông báo số 02/TB-UBND ngày 17/02/2023 của UBND xã về việc thông báo danh mục TTHC thực hiện "
                        + "tại Bộ phận Tiếp nhận và Trả kết quả xã Liên Mạc")
                .plus("Thông báo số 03/TB-UBND ngày 13/03/2023 của UBND xã về việc thông báo danh mục TTHC thực hiện "
                        + "tại Bộ phận Tiếp nhận và Trả kết quả xã Liên Mạc.")
                .plus("Thông báo số 08/TB-UBND ngày 27/04/2023 của UBND xã về việc thông báo danh mục TTHC thực hiện "
                        + "tại Bộ phận Tiếp nhận và Trả kết quả xã Liên Mạc.")
                .plus("Thông báo số 13/TB-UBND ngày 23/05/2023 của UBND xã về việc thông báo danh mục TTHC thực hiện "
                        + "tại Bộ phận Tiếp nhận và Trả kết quả xã Liên Mạc.")
                .plus("Thông báo số 25/TB-UBND ngày 21/8/2023 của UBND xã về việc thông báo danh mục TTHC thực hiện "
                        + "tại Bộ phận Tiếp nhận và Trả kết quả xã Liên Mạc.")
                .plus("Thông báo số 36/TB-UBND ngày 13/10/2023 của UBND xã về việc Thông báo danh mục TTHC thực hiện "
                        + "tại Bộ phận Tiếp nhận và trả kết quả xã Liên Mạc về Danh mục thủ tục hành chính được niêm "
                        + "yết tại Bộ phận Tiếp nhận và Trả kết quả xã Liên Mạc và công khai trên Trang thông tin điện "
                        + "tử xã cụ thể: Danh mục TTHC thuộc thẩm quyền giải quyết cấp xã cho 33 lĩnh vực với 122 thủ "
                        + "tục; danh mục TTHC thuộc thẩm quyền giải quyết của UBND huyện tiếp nhận tại xã 03 lĩnh vực "
                        + "với 16 thủ tục; danh mục TTHC thuộc thẩm quyền giải quyết của UBND tỉnh tiếp nhận tại xã "
                        + "với 02 lĩnh vực với 25 thủ tục và danh mục TTHC thuộc thẩm quyền giải quyết của các cơ quan "
                        + "Trung ương được tổ chức theo ngành dọc đóng tại địa phương đưa ra tiếp nhận tại Bộ phận "
                        + "tiếp nhận và trả kết quả cấp xã: 02 lĩnh vực với 05 thủ tục đều được tiếp nhận trực tiếp.")
                .body("Hiện nay, tại Bộ phận Tiếp nhận và Trả kết quả xã đã niêm yết công các TTHC thuộc phạm vi, "
                        + "thẩm quyền giải quyết của UBND cấp xã cũng như trình tự thủ tục, thời gian giải quyết, mức "
                        + "thu các loại phí giải quyết thủ tục hành chính được niêm yết tại Bộ phận Tiếp nhận và Trả "
                        + "kết quả xã, thông báo trên Đài Truyền thanh xã; Trang thông tin điện tử. Công bố công khai, "
                        + "mẫu đơn, mẫu tờ khai, các yêu cầu điều kiện thực hiện thủ tục hành chính trong từng lĩnh "
                        + "vực thuộc thẩm quyền giải quyết của UBND xã.")
                .h2("2.3.", "Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC")
                .h3("a)", "Tình hình tổ chức và hoạt động của Bộ phận Một cửa.")
                .dash("UBND xã thường xuyên chỉ đạo, quán triệt để duy trì và phát huy hiệu quả hoạt động của Bộ phận "
                        + "Một cửa xã, thường xuyên ban hành Quyết định kiện toàn bộ phận Tiếp nhận và trả kết quả để "
                        + "chủ động trong giải quyết hồ sơ của công dân.")
                .dash("Việc Ban hành quy chế tổ chức và hoạt động của bộ phận tiếp nhận và trả kết quả của địa phương "
                        + "kịp thời; niêm yết công khai các thủ tục hành chính được thực hiện nghiêm túc tại bộ phận "
                        + "tiếp nhận và trả kết quả và định mức thu phí, lệ phí theo quy định của pháp luật.")
                .dash("Chất lượng giải quyết thủ tục hành chính và đánh giá chung về kết quả thực hiện cơ chế một cửa "
                        + "tại cơ quan đạt kết quả cao; không có ý kiến phản hồi nào.")
                .dash("Các thủ tục hành chính được tiếp nhận tại Bộ phận Tiếp nhận và Trả kết quả của xã đều thực "
                        + "hiện và cập nhật trên phần mềm ứng dụng một cửa điện tử.")
                .dash("Thực hiện chế độ hỗ trợ cho 02 công chức bộ phận một cửa theo Quyết định số 28/2016/QĐ-UBND "
                        + "ngày 20/10/2016 của UBND tỉnh Hải Dương.")
                .dash("Cơ sở vật chất, trang thiết bị tại Bộ phận Tiếp nhận và Trả kết quả gồm có 04 máy vi tính có "
                        + "kết nối mạng hoạt động tốt, 02 máy Scan, 04 máy in.Triển khai tới công chức giải quyết thủ "
                        + "tục hành sử dụng các phần mềm dịch vụ công trực tuyến....")
                .h3(
                        "b)",
                        "Kết quả thực hiện số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC (từ ngày 10/12/2022 đến "
                                + "09/12/2023):")
                .block(DOSSIER)
                .h3(
                        "c)",
                        "Việc tiếp nhận, xử lý phản ánh kiến nghị của tổ chức, cá nhân đối với những quy định về cơ "
                                + "chế, chính sách, TTHC do cơ quan nhà nước, người có thẩm quyền ban hành, biểu mẫu, phí và "
                                + "lệ phí và các quy định hành chính liên quan đến TTHC.")
                .body("Năm 2023, UBND xã không nhận được đơn phản ánh, kiến nghị về TTHC của các cá nhân, tổ chức và "
                        + "doanh nghiệp phản ánh những khó khăn, vướng mắc về thành phần hồ sơ, biểu mẫu, phí và lệ "
                        + "phí liên quan đến TTHC.")
                .h3("d)", "Kết quả thực hiện việc đánh giá chất lượng giải quyết TTHC:")
                .body("Chất lượng giải quyết hồ sơ ngày càng nâng lên, Tất cả hồ sơ đều giải quyết đúng hạn và kịp "
                        + "thời không để tình trạng hồ quá hạn. Cán bộ, công chức làm việc tại Bộ phận Tiếp nhận và "
                        + "Trả kết quả đều thể hiện tinh thần, thái độ và trách nhiệm phục vụ nhân dân, xử lý hồ sơ "
                        + "nhanh gọn, đúng quy định, không gây phiền hà cho tổ chức, cá nhân đến giao dịch. Tổ chức, "
                        + "công dân được hướng dẫn hồ sơ đầy đủ, chính xác, kết quả giải quyết thủ tục hành chính được "
                        + "trả đảm bảo quy định, đúng trình tự pháp luật quy định, được dư luận và nhân dân đồng tình "
                        + "và đánh giá mức độ hài lòng trong việc giải quyết thủ tục hành chính từ đạt từ tốt trở lên.")
                .h2("3.", "Cải cách tổ chức bộ máy")
                .dash("Kết quả thực hiện các quy định của các cấp có thẩm quyền về sắp xếp tổ chức bộ máy hành chính "
                        + "cấp xã và thôn, khu dân cư: Tổng số cán bộ, công chức của UBND xã là 16 người; Cán bộ bán "
                        + "chuyên trách là 11 người; Cán bộ không chuyên trách; Bí thư chi bộ kiêm trưởng thôn đạt 5/5 "
                        + "thôn.")
                .body("Năm 2023, UBND xã đã thực hiện tiếp nhận và luân chuyển 2 vị trí cán bộ theo kế hoạch của cấp "
                        + "trên, và 1 công chức.")
                .dash("Việc rà soát, hoàn thiện các quy định về vị trí, chức năng, nhiệm vụ, sửa đổi, bổ sung quy chế "
                        + "làm việc kịp thời, theo quy định: UBND đã ban hành Quy chế làm việc nhiệm kỳ 2021-2026 phù "
                        + "hợp với tình hình thực tế của địa phương, quy định chức năng nhiệm vụ của từng người phụ "
                        + "trách từng công việc. Từ đó, phát huy vai trò lãnh đạo của tập thể, đề cao vai trò trách "
                        + "nhiệm cá nhân của Chủ tịch, Phó Chủ tịch và các Ủy viên UBND trong chỉ đạo, điều hành, sâu "
                        + "sát đến từng thôn, xóm đã góp phần tích cực vào việc thực hiện tốt các chỉ tiêu, kế hoạch "
                        + "hàng năm của địa phương đã đề ra; tập thể cán bộ, công chức UBND xã luôn có sự đoàn kết "
                        + "nhất trí cao trong quản lý, điều hành các hoạt động quản lý Nhà nước, từ đó có nâng cao "
                        + "được ý thức, trách nhiệm của mỗi thành viên UBND và cán bộ, công chức... UBND xã đã bám sát "
                        + "quy chế làm việc của UBND để phân công giải quyết công việc theo đúng thẩm quyền, theo sự "
                        + "phân công của UBND, Chủ tịch UBND theo Điều 35, 36 Luật tổ chức chính quyền địa phương; "
                        + "Nghị định số 92/2009/NĐ- CP ngày 22/10/2009 của Chính phủ; Luật cán bộ, công chức năm 2008; "
                        + "Quyết định số 36/2017/QĐ-UBND ngày 23/12/2017 của UBND tỉnh Hải Dương: Chính vì vậy công "
                        + "tác chỉ đạo, điều hành, tổ chức thực hiện nhiệm vụ có nhiều chuyển biến tích cực, đã thể "
                        + "hiện được tính nghiêm túc trong việc giữ gìn kỷ luật, kỷ cương hành chính.")
                .body("Định kỳ tổ chức giao ban tuần, họp tháng với các thành phần liên quan để đánh giá, thống nhất "
                        + "chỉ đạo trong công tác. Tiếp tục rà soát chức năng, nhiệm vụ của tổ chức bộ máy, kiện toàn "
                        + "cho phù hợp với tình hình của địa phương, đáp ứng được yêu cầu quản lý nhà nước, không "
                        + "chồng chéo chức năng, nhiệm vụ, quyền hạn. Cán bộ, công chức xã chấp hành nghiêm chỉnh quy "
                        + "định của pháp luật và thực hiện tốt nội quy, quy chế của cơ quan, nêu cao tinh thần trách "
                        + "nhiệm, chủ động giải quyết công việc được giao. Chủ tịch UBND xã tiếp công dân vào ngày thứ "
                        + "5 hàng tuần.")
                .dash("Kết quả thực hiện Quy chế phối hợp giải quyết công việc giữa các bộ phận chuyên môn với thôn, "
                        + "khu dân cư; Quy chế dân chủ ở cơ sở: Thực hiện quy chế phối hợp UBND xã đã phối hợp với các "
                        + "ban ngành có liên quan tổ chức quán triệt các chủ trương, chính sách của Đảng và Nhà nước, "
                        + "các văn bản chỉ đạo điều hành của cơ quan nhà nước cấp trên và của Hội đồng nhân dân, Ủy "
                        + "ban nhân dân xã để triển khai thực hiện; phát huy quyền làm chủ của nhân dân, thực hiện tốt "
                        + "Quy chế dân chủ ở cơ sở. Công chức chuyên môn nắm bắt tình hình ở các thôn để báo cáo về "
                        + "UBND xã. Trưởng thôn kịp thời báo cáo Ủy ban nhân dân và Chủ tịch Ủy ban nhân dân xã tình "
                        + "hình mọi mặt của khu dân cư, đề xuất biện pháp giải quyết khi cần thiết, góp phần giữ gìn "
                        + "an ninh trật tự trên địa bàn. UBND xã thực hiện có hiệu quả các văn bản pháp luật về thực "
                        + "hiện quy chế dân chủ ở cơ sở; nêu cao tinh thần gương mẫu của người đứng đầu, cán bộ lãnh "
                        + "đạo, quản lý, cán bộ, đảng viên trong thực hành dân chủ. Nghiêm túc thực hiện các quy định "
                        + "của Đảng, Nhà nước về tiếp dân; tăng cường tiếp xúc, đối thoại và giải quyết kịp thời những "
                        + "phản ánh, kiến nghị hợp pháp, chính đáng của nhân dân; tiếp nhận và giải quyết, dứt điểm "
                        + "đơn thư khiếu nại, tố cáo của công dân.")
                .dash("Đánh giá về tình hình quản lý, sử dụng biên chế cán bộ, công chức: UBND xã đã sử dụng biên chế "
                        + "được giao đảm bảo đúng số lượng vị trí làm việc làm quy định của cấp trên. Tiếp tục ổn định "
                        + "và tăng cường hiệu quả hoạt động của bộ máy nhà nước tại địa phương.")
                .body("Hiện tại Cán bộ, công chức xã gồm 16 người, trong đó trình độ Đại học: 14 người, trung cấp 02 "
                        + "người. 100% cán bộ, công chức được bố trí sắp xếp sử dụng đúng theo quy định chức danh, "
                        + "chuẩn theo vị trí việc làm; 100% cán bộ, công chức xã đạt chuẩn theo quy định.")
                .dash("Đánh giá kết quả thực hiện các quy định về phân cấp quản lý nhà nước giữa các cấp chính quyền "
                        + "ở địa phương: UBND xã là cơ quan quản lý hành chính nhà nước ở địa phương, có trách nhiệm "
                        + "trực tiếp quản lý tất cả các lĩnh vực chính trị, kinh tế, xã hội, an ninh, quốc phòng... "
                        + "trên địa bàn. Đồng thời, UBND chủ động đề xuất các định hướng phát triển kinh tế - xã hội "
                        + "để Hội đồng nhân dân xem xét.")
                .body("Thực hiện việc phân cấp rõ ràng trong quản lý: cấp trên giao nhiệm vụ cho cấp dưới, cấp dưới "
                        + "phục tùng, tham mưu cho cấp trên. Việc giao nhiệm vụ cho từng cán bộ, công chức đảm bảo "
                        + "việc thực hiện đúng nhiệm vụ và tự chịu trách nhiệm đối với lĩnh vực mình phụ trách. UBND "
                        + "xã căn cứ vào chức năng nhiệm vụ của mình luôn thực hiện đúng các chức năng, quyền hạn do "
                        + "pháp luật quy định. Ban hành và thực hiện nghiêm túc các quy chế và phân công nhiệm vụ theo "
                        + "đúng quyền hạn, chức năng, chuyên môn. Thực hiện đúng theo phân cấp, phân quyền trong các "
                        + "lĩnh vực quản lý đất đai, xây dựng, quản lý tài sản, về quy hoạch, kế hoạch, tôn giáo "
                        + "…không có tình trạng lấn sân hay đùn đẩy, làm thay.")
                .h2("4.", "Cải cách chế độ công vụ")
                .dash("UBND xã Liên Mạc thực hiện, bố trí cán bộ, công chức đúng chức danh theo quy định: Thực hiện "
                        + "Quyết định của UBND huyện, UBND xã Liên Mạc chuyển đổi vị trí công tác đối với Chủ tịch "
                        + "UBND xã; 02 công chức được điều động đến và 02 công chức được điều động đi. Cho đến nay đã "
                        + "đảm bảo công tác sau điều động, chuyển đổi vị trí công tác.")
                .dash("Cán bộ chức luôn chấp hành kỷ luật, kỷ cương hành chính : Tăng cường quản lý, siết chặt kỷ "
                        + "luật, kỷ cương, không để xảy ra những vụ việc gây hậu quả và tác động tiêu cực do sự quan "
                        + "liêu trong quản lý, sự thiếu trách nhiệm, tắc trách, vô kỷ luật trong quá trình thực hiện "
                        + "chức trách, nhiệm vụ được giao, xử lý nghiêm những vi phạm và trách nhiệm của người đứng "
                        + "đầu để tăng cường hiệu lực, hiệu quả quản lý nhà nước, phục vụ Nhân dân; Tăng cường công "
                        + "tác thanh tra, kiểm tra công vụ nhằm chấn chỉnh kỷ luật, kỷ cương hành chính theo Chỉ thị "
                        + "số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ, các Quyết định của UBND tỉnh: số "
                        + "52/2017/QĐ-UBND ngày 22/11/2017, số 20/2019/QĐ-UBND ngày 19/4/2019 của UBND tỉnh.")
                .dash("Kết quả thực hiện đào tạo, bồi dưỡng cán bộ, công chức: UBND xã Liên Mạc đã ra Kế hoạch số "
                        + "19/KH-UBND ngày 19/04/2023 về kế hoạch đào tạo, bồi dưỡng CBCC, người hoạt động không "
                        + "chuyên trách xã Liên Mạc năm 2023. Cán bộ, công chức tham gia đầy đủ các lớp tập huấn, nâng "
                        + "cao chuyên môn của huyện, tỉnh tổ chức.")
                .dash("Kết quả thực hiện tinh giản biên chế trong năm: Địa phương đã bố trí đủ số lượng cán bộ, công "
                        + "chức theo quy định, không có cán bộ, công chức nào thuộc diện phải tinh giản biên chế.")
                .dash("Việc thực hiện đánh giá, xếp loại cán bộ, công chức: UBND xã thực hiện đánh giá đúng theo quy "
                        + "trình, quy định đối với cán bộ giữ các chức danh chủ chốt, Trưởng các đoàn thể, công chức. "
                        + "Năm 2023, qua đánh giá, xếp loại chất lượng cán bộ, công chức có 03 đồng chí Hoàn thành "
                        + "xuất sắc nhiệm vụ, 23 đồng chí hoàn thành tốt nhiệm vụ, 01 đồng chí hoàn thành nhiệm vụ. "
                        + "Đối với cán bộ, công chức đã nghiêm túc thực hiện việc tự đánh giá và tiếp thu các ý kiến "
                        + "đánh giá của lãnh đạo cơ quan và đồng chí mình. Thực hiện nghiêm các quy định về khen "
                        + "thưởng, kỷ luật lấy kết quả thực hiện nhiệm vụ, thực hiện kỷ luật, kỷ cương hành chính là "
                        + "một trong những tiêu chí quan trọng để đánh giá mức độ hoàn thành nhiệm vụ và bình xét khen "
                        + "thưởng.")
                .h2("5.", "Cải cách tài chính công")
                .dash("Kết quả thực hiện các quy định về quản lý tài chính – ngân sách tại địa phương; Thực hiện các "
                        + "quy định về quản lý tài chính – ngân sách tại địa phương đầy đủ, đúng.")
                .dash("Tiến độ, kết quả thực hiện thu ngân sách nhà nước theo Kế hoạch được giao: "
                        + VnFormat.integer(4_500_845_758L) + " đồng.")
                .dash("Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công: Không")
                .dash("Tiến độ, kết quả thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài "
                        + "chính, ngân sách: Không có")
                .dash("Kết quả thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng, quản lý kinh phí quản lý hành "
                        + "chính nhà nước. Ban hành Quyết định số 01/QĐ-UBND ngày 03/01/2023 về quy chế chi tiêu nội "
                        + "bộ năm 2023.Tiếp tục thực hiện phân bổ dự toán chi ngân sách cho các ban ngành đoàn thể "
                        + "trên tinh thần tiết kiệm, hiệu quả. Sử dụng có hiệu quả tài sản công, kinh phí từ ngân sách "
                        + "nhà nước; thực hiện công khai tài chính đúng quy định; kiểm tra việc thực hiện dự toán, "
                        + "quyết toán và sử dụng ngân sách theo quy định.")
                .dash("Kết quả thực hiện quy định về quản lý, sử dụng tài sản công. Việc xây dựng và cập nhật quy chế "
                        + "quản lý và sử dụng tài sản công; Việc công khai và minh bạch trong quản, sử dụng tài sản "
                        + "công: UBND xã Liên Mạc xây dựng Quyết định 02/QĐ-UBND về Quy định về quản lý và sử dụng tài "
                        + "sản công của UBND xã Liên Mạc ngày 13/01/2023; Quy chế 01/QCTS-UBND quản lý tài sản nhà "
                        + "nước của UBND Liên Mạc ngày 13/01/2023.")
                .dash("Kết quả thực hiện chương trình thực hành tiết kiệm, chống lãng phí:")
                .body("Thường xuyên tích cực thực hiện các biện pháp tiết kiệm (tiết kiệm trong việc mua sắm vật tư "
                        + "văn phòng, văn phòng phẩm, điện, nước, điện thoại…); Triển khai thực hành tiết kiệm, chống "
                        + "lãng phí (theo Quyết định 05/QĐ-UBND ngày 13/01/2023 của UBND xã ban hành chương trình thực "
                        + "hành tiết kiệm, chống lãng phí xã Liên Mạc năm 2023.")
                .h2("6.", "Xây dựng và phát triển chính phủ điện tử")
                .dash("UBND xã đã ban hành Kế hoạch số 39/KH-UBND ngày 31/12/2022 về việc ứng dụng công nghệ thông "
                        + "tin trong hoạt động của cơ quan nhà nước, phát triển Chính quyền số và bảo đảm an toàn "
                        + "thông tin mạng trên địa bàn xã Liên Mạc năm 2023; Quyết định số 02/QĐ-BCĐ ngày 09/05/2023 "
                        + "về việc Ban hành Quy chế hoạt động của Ban Chỉ đạo Chuyển đổi số xã Liên Mạc. Quyết định số "
                        + "46/QĐ- UBND ngày 09/5/2023 Thành lập Tổ chỉ đạo triển khai công nghệ số cộng đồng xã Liên "
                        + "Mạc, Quyết định số 58/QĐ-UBND ngày 3/7/2023 về việc kiện toàn tổ chỉ đạo triển khai công "
                        + "nghệ số cộng đồng xã Liên Mạc; Quyết định số 45/QĐ-UBND ngày 09/5/2023 về việc thành lập tổ "
                        + "công nghệ số cộng đồng cấp thôn, khu dân cư trên địa bàn xã Liên Mạc, Quyết định số 73/QĐ- "
                        + "UBND ngày 10/7/2023 về việc kiện toàn tổ công nghệ số cộng đồng cấp thôn, khu dân cư trên "
                        + "địa bàn xã Liên Mạc và Kế hoạch số 16/KH-UBND ngày 12/7/2023 về việc Thực hiện chuyển đổi "
                        + "số trên địa bàn xã Liên Mạc năm 2023.")
                .dash("Tiếp tục triển khai các phần mềm dùng chung của tỉnh như: phần mềm Quản lý văn bản và điều "
                        + "hành; quản lý cán bộ, công chức, viên chức; phần mềm một cửa huyện Thanh Hà được xây dựng "
                        + "và đưa vào vận hành tại địa chỉ: http://motcua.haiduong.gov.vn.")
                .dash("Kết quả hoạt động của Trang thông tin điện tử: Trang thông tin của xã đã đáp ứng đầy đủ các "
                        + "thông tin về tổng quan: điều kiện tự nhiên, khí hậu, đất đai, dân số, diện tích; tổ chức bộ "
                        + "máy hành chính nhà nước của xã để người dân và các tổ chức tra cứu theo dõi. Ngoài ra, "
                        + "Trang thông tin điện tử của xã đã thường xuyên đăng tải các thông tin, chỉ đạo điều hành,; "
                        + "quy hoạch, kế hoạch sử dụng đất hàng năm; các báo cáo kinh tế-xã hội của xã từng quý, năm; "
                        + "công khai dự toán ngân sách năm,..100% văn bản chỉ đạo, điều hành của các cơ quan, đơn vị "
                        + "được đăng tải trên Trang thông tin điện tử xã và bảo đảm cung cấp đầy đủ thông tin theo quy "
                        + "định tại Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ về cung cấp thông tin trên "
                        + "Cổng/trang thông tin điện tử để người dân và các tổ chức tra cứu theo dõi.")
                .dash("Việc triển khai thực hiện Kế hoạch ứng dụng CNTT: UBND xã Liên Mạc xây dựng kế hoạch số "
                        + "39/KH-UBND ngày 31/12/2022 về ứng dụng công nghệ thông tin trong hoạt động cơ quan nhà "
                        + "nước, phát triển chính quyền số 2023; Chỉ đạo cán bộ phục trách theo dõi, thực hiện các "
                        + "nhiệm vụ kế hoạch đã đề ra.")
                .dash("Kết quả triển khai và áp dụng hệ thống một cửa điện tử theo quy định: Các hồ sơ, thủ tục hành "
                        + "chính của tổ chức, cá nhân được tiếp nhận, giải quyết trên hệ thống phần mềm một cửa điện "
                        + "tử theo quy trình. Hồ sơ cán bộ, công chức được quản lý, lưu trữ đầy đủ và cập nhật kê khai "
                        + "trên hệ thống phần mềm quản lý cán bộ công chức.")
                .dash("Việc áp dụng hệ thống quản lý chất lượng theo Tiêu chuẩn Quốc gia TCVN 9001:2015: Ngay từ đầu "
                        + "năm UBND xã đã xây dựng kế hoạch duy trì, cải tiến áp dụng hệ thống quản lý chất lượng theo "
                        + "tiêu chuẩn quốc gia TCVN ISO 9001: 2015 vào giải quyết các thủ tục hành chính tại địa "
                        + "phương.")
                .dash("Kết quả hoạt động của Trang thông tin điện tử: Trang thông tin của xã đã đáp ứng đầy đủ các "
                        + "thông tin về tổng quan: điều kiện tự nhiên, khí hậu, đất đai, dân số, diện tích; tổ chức bộ "
                        + "máy hành chính nhà nước của xã để người dân và các tổ chức tra cứu theo dõi. Ngoài ra, "
                        + "Trang thông tin điện tử của xã đã thường xuyên đăng tải các thông tin, chỉ đạo điều hành, "
                        + "lịch công tác hàng tuần của lãnh đạo xã; quy hoạch, kế hoạch sử dụng đất hàng năm; các báo "
                        + "cáo kinh tế-xã hội của xã từng quý, năm; công khai dự toán ngân sách năm,..")
                .dash("Kết quả cung cấp dịch vụ công trực tuyến : Năm 2023 số hồ sơ tiếp nhận 2.444 hồ sơ trực tuyến "
                        + "là: đạt tỷ lệ " + VnFormat.percent(new BigDecimal("99.02"), 2) + ".")
                .body("UBND thường xuyên chỉ đạo cán bộ, công chức được cấp hòm thư công vụ tích cực sử dụng hệ thống "
                        + "thư điện tử công vụ song song với hệ thống quản lý văn bản và điều hành trong việc trao đổi "
                        + "văn bản, xử lý công việc. 100% cán bộ, công chức duy trì thực hiện nghiêm việc sử dụng chữ "
                        + "ký số chuyên dùng Chính phủ; kịp thời thực hiện việc đề nghị cấp mới, cấp bổ sung, gia "
                        + "hạn,... chữ ký số chuyên dùng Chính phủ nếu có thay đổi, phát sinh; 100% văn bản đi, đến "
                        + "(không bao gồm văn bản, hồ sơ có nội dung mật) được xử lý trên Hệ thống Quản lý văn bản và "
                        + "chỉ đạo điều hành của tỉnh theo quy định. Các văn bản ứng dụng chữ ký số gồm: Tờ trình, Báo "
                        + "cáo, Kế hoạch, Quyết định, Công văn, Thông báo.")
                .h1("III.", "ĐÁNH GIÁ CHUNG")
                .h2("1.", "Mặt tích cực")
                .dash("Công tác cải cách hành chính trên địa bàn xã ngày càng có nhiều chuyển biến đáng kể, chất "
                        + "lượng và hiệu quả công việc ngày càng được nâng lên rõ nét.")
                .body("Hoạt động của Bộ phận Tiếp nhận và trả kết quả duy trì nề nếp, thời gian giải quyết hồ sơ thủ "
                        + "tục hành chính từng bước được rút ngắn. Năng lực thực thi công vụ của đội ngũ cán bộ, công "
                        + "chức ngày càng được nâng lên, từng bước đáp ứng yêu cầu nhiệm vụ mới.")
                .dash("Ứng dụng công nghệ thông tin vào hoạt động của cơ quan hành chính ngày càng hiện đại, hiệu quả.")
                .dash("Công tác tuyên truyền về thực hiện CCHC được tiếp tục triển khai sâu rộng trong toàn Đảng bộ, "
                        + "chính quyền và nhân dân. Từ đó giúp nhân dân hiểu rõ hơn về thủ tục hành chính khi đến liên "
                        + "hệ với chính quyền địa phương để cùng tham gia thực hiện tốt việc cải cách thủ tục hành "
                        + "chính.")
                .dash("Ứng dụng công nghệ thông tin trong công tác kiểm soát thủ tục hành chính, cải cách hành chính "
                        + "ngày càng nâng cao, nhân rộng.")
                .dash("Việc giải quyết TTHC thuộc các lĩnh vực ngày càng được đổi mới, đúng pháp luật, đảm bảo quy "
                        + "trình và phù hợp với điều kiện thực tế tại địa phương. Cơ chế một cửa hoạt động có hiệu quả "
                        + "cao, giảm thời gian chờ đợi trong quá trình giao dịch giữa tổ chức, cá nhân với cơ quan Nhà "
                        + "nước.")
                .h2("2.", "Những tồn tại, hạn chế và nguyên nhân")
                .body("Các văn bản quy phạm pháp luật và các thủ tục hành chính thường xuyên thay đổi, bãi bỏ, sửa "
                        + "đổi bổ sung do vậy ảnh hưởng đến việc thực hiện văn bản của đội ngũ cán bộ, công chức trong "
                        + "giải quyết thủ tục hành chính còn lúng túng, chưa được kịp thời.")
                .body("Công tác rà soát, cập nhật, đơn giản hóa thủ tục hành chính còn chậm, việc đơn giản hóa các "
                        + "thủ tục hành chính hiện nay chủ yếu vẫn là giảm thời gian giải quyết, việc bãi bỏ, giảm bớt "
                        + "các hồ sơ, giấy tờ, mẫu biểu, tờ khai còn hạn chế.")
                .body("Trình độ tin học của một số công chức chưa đạt yêu cầu nên việc ứng dụng công nghệ thông tin "
                        + "trong giải quyết công việc còn hạn chế.")
                .body("Công tác chỉ đạo, điều hành, công tác kiểm tra, giám sát đôi lúc chưa thường xuyên, liên tục; "
                        + "việc chấn chỉnh sau tự kiểm tra chưa nghiêm túc nên có một số thiếu sót, hạn chế chưa khắc "
                        + "phục triệt để, hiệu quả.")
                .body("Cơ sở vật chất trang thiết bị, phục vụ nhân dân, tổ chức đến giải quyết thủ tục hành chính còn "
                        + "hạn chế.")
                .body("Việc phối hợp thực hiện nhiệm vụ CCHC giữa các ban ngành liên quan còn chưa chặt chẽ, thiếu "
                        + "hiệu quả, làm ảnh hưởng đến kết quả thực hiện CCHC chung của toàn xã. Tỷ lệ nhập hồ sơ trên "
                        + "DVC trực tuyến tuy có nhiều chuyển biến nhưng vẫn chưa đạt được yêu cầu đề ra.")
                .body("Công tác tuyên truyền: một số Nội dung tuyên truyền CCHC chưa chưa phong phú, việc xây dựng "
                        + "chuyên trang chuyên mục về cải cách hành chính gặp khó khăn.")
                .h1("IV.", "PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024")
                .body("1. Tiếp tục triển khai quán triệt Chương trình tổng thể Cải cách hành chính giai đoạn "
                        + "2021-2030 của Chính phủ; triển khai Kế hoạch Cải cách hành chính năm 2024 của xã.")
                .body("2. Tăng cường và phát huy vai trò lãnh đạo của cấp uỷ, chính quyền đối với công tác CCHC, đặc "
                        + "biệt giải quyết TTHC. Nêu cao trách nhiệm của người đứng đầu cơ quan đối với công tác CCHC "
                        + "theo Quyết định số 13/2016/QĐUBND ngày 17/6/2016 của UBND tỉnh quy định trách nhiệm người "
                        + "đứng đầu cơ quan hành chính nhà nước về thực hiện công tác CCHC.")
                .body("3. Tiếp tục triển khai thực hiện các nhiệm vụ cải cách hành chính đảm bảo tiến độ và đạt hiệu "
                        + "quả cao.")
                .body("4. Tăng cường công tác tuyên truyền phổ biến, giáo dục, góp phần nâng cao nhận thức của cán "
                        + "bộ, công chức và nhân dân về cải cách hành chính. Chủ động, thường xuyên rà soát văn bản "
                        + "quy phạm pháp luật để tham mưu, đề xuất cấp có thẩm quyền hủy bỏ hoặc sửa đổi, bổ sung cho "
                        + "phù hợp.")
                .body("5. Tích cực tuyên truyền, phổ biến các nội dung, nhiệm vụ CCHC. Thường xuyên kiểm tra, đôn đốc "
                        + "cán bộ, công chức về thực hiện nhiệm vụ CCHC.")
                .body("6. Tiếp tục thực hiện hiệu quả hoạt động tiếp nhận và trả kết quả theo cơ chế “một cửa”. Cập "
                        + "nhật kịp thời các TTHC khi có thay đổi, bổ sung, công bố mới. 6.")
                .body("Niêm yết công khai minh bạch các thủ tục hành chính thuộc thẩm quyền giải quyết; niêm yết địa "
                        + "chỉ tiếp nhận, phản ánh kiến nghị về quy định hành chính và thực hiện tiếp nhận, xử lý phản "
                        + "ánh kiến nghị theo đúng quy định.")
                .body("7. Tiếp tục triển khai tổ chức thực hiện chứng thực bản sao điện tử, số hóa hồ sơ đảm bảo chỉ "
                        + "tiêu trên giao.")
                .body("8. Tiếp tục ứng dụng công nghệ thông tin trong hoạt động của cơ quan, triển khai thực hiện có "
                        + "hiệu quả phần mềm quản lý văn bản, phần mềm một cửa điện tử, hệ thống thư điện tử công vụ, "
                        + "phần mềm quản lý cán bộ, công chức và các phần mềm chuyên ngành trong thực hiện công việc.")
                .body("9. Tiếp tục duy trì, giám sát việc ứng dụng có hiệu quả Hệ thống quản lý chất lượng theo tiêu "
                        + "chuẩn ISO 9001: 2015.")
                .h1("V.", "KIẾN NGHỊ, ĐỀ XUẤT")
                .dash("Đề nghị Ủy ban nhân dân huyện tiếp tục quan tâm chỉ đạo UBND xã trong công tác CCHC. Bổ sung "
                        + "đầy đủ hơn trang thiết bị, cơ sở vật chất cho Bộ phận Tiếp nhận và Trả kết qủa cấp xã")
                .dash("Thường xuyên chú trọng, hướng dẫn cấp xã kịp thời trong công tác CCHC, giải quyết các thủ tục "
                        + "hành chính khi có thay đổi, điều chỉnh, bổ sung.")
                .body("Trên đây là báo cáo kết quả thực hiện CCHC năm 2023 và một số nhiệm vụ CCHC trọng tâm năm "
                        + "2023. UBND xã Liên Mạc báo cáo UBND huyện, Phòng Nội vụ để tổng hợp./.");
    }

    /** A small builder so that the body reads like the report. */
    static final class Body extends ArrayList<Block> {

        Body h1(String number, String text) {
            add(new Block.Heading(1, number, text));
            return this;
        }

        Body h2(String number, String text) {
            add(new Block.Heading(2, number, text));
            return this;
        }

        Body h3(String number, String text) {
            add(new Block.Heading(3, number, text));
            return this;
        }

        Body body(String text) {
            add(new Block.Paragraph(text, ParagraphStyle.BODY));
            return this;
        }

        Body dash(String text) {
            add(new Block.Paragraph(text, ParagraphStyle.DASH));
            return this;
        }

        Body plus(String text) {
            add(new Block.Paragraph(text, ParagraphStyle.PLUS));
            return this;
        }

        Body note(String text) {
            add(new Block.Paragraph(text, ParagraphStyle.NOTE));
            return this;
        }

        Body block(Block block) {
            add(block);
            return this;
        }
    }
}
