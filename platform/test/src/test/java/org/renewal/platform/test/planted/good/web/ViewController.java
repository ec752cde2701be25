package org.renewal.platform.test.planted.good.web;

import java.util.List;

import org.renewal.platform.test.planted.good.domain.GoodService;
import org.springframework.web.bind.annotation.RestController;

/** A thin controller: calls the service, returns views. */
@RestController
public class ViewController {

    public record NameView(String name) {
    }

    private final GoodService service;

    public ViewController(GoodService service) {
        this.service = service;
    }

    public List<NameView> names(org.renewal.platform.security.Caller caller) {
        return service.names().stream().map(NameView::new).toList();
    }
}
