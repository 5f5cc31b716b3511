package vn.cchc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CchcReportApplication {

    public static void main(String[] args) {
        SpringApplication.run(CchcReportApplication.class, args);
    }
}
