/* global window, document */
// Stand-in for the Kakao (다음) 우편번호 script (postcode.v2.js), served by the e2e tests in place of
// https://t1.daumcdn.net/… (which tests can't reach). Same interface: new daum.Postcode({ oncomplete })
// with .embed(element) and .open(); picking a result calls oncomplete with the service's field names.
(function () {
  var RESULTS = [
    { zonecode: "61945", roadAddress: "광주 서구 화정로 149", jibunAddress: "광주 서구 화정동 1-1", buildingName: "" },
    {
      zonecode: "63309",
      roadAddress: "제주특별자치도 제주시 첨단로 242",
      jibunAddress: "제주특별자치도 제주시 영평동 2181",
      buildingName: "",
    },
    {
      zonecode: "40220",
      roadAddress: "경상북도 울릉군 울릉읍 도동길 1",
      jibunAddress: "경상북도 울릉군 울릉읍 도동리 1",
      buildingName: "",
    },
  ];
  function Postcode(options) {
    this.options = options;
  }
  Postcode.prototype.embed = function (element) {
    var options = this.options;
    element.innerHTML = "";
    var list = document.createElement("ul");
    list.setAttribute("aria-label", "주소 검색 결과 (테스트)");
    RESULTS.forEach(function (result) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = result.roadAddress + " (" + result.zonecode + ")";
      button.addEventListener("click", function () {
        options.oncomplete(Object.assign({ userSelectedType: "R", apartment: "N" }, result));
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    element.appendChild(list);
  };
  Postcode.prototype.open = function () {
    var box = document.createElement("div");
    document.body.appendChild(box);
    this.embed(box);
  };
  window.daum = window.daum || {};
  window.daum.Postcode = Postcode;
})();
